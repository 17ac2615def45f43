using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// Turns MVC's bare 400 for a missing or wrong anti-forgery token into ProblemDetails that say so. Ordered before
/// the API controllers' client-error filter, which would otherwise make it a generic "Bad Request".
/// </summary>
internal sealed class AntiforgeryProblemFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    public int Order => -3000;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var problem = ProblemResponses.AntiforgeryProblem();
            context.Result = new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
