using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace RelationsGraph.Web.Errors;

/// <summary>Turns MVC's bare 400 for a missing or wrong anti-forgery token into ProblemDetails that say so.</summary>
internal sealed class AntiforgeryProblemFilter : IAlwaysRunResultFilter
{
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
