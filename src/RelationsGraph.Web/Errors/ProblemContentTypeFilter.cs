using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// Answers every ProblemDetails an action or filter returns as <c>application/problem+json</c>. The API controllers
/// declare <c>[Produces("application/json")]</c> for their results, and that filter rewrites the content type of any
/// object result, the framework's 400s for values that do not bind included; ordered after it to put the type back.
/// </summary>
internal sealed class ProblemContentTypeFilter : IAlwaysRunResultFilter, IOrderedFilter
{
    // ProducesAttribute runs at order 0; a larger order runs later when results are about to be written.
    public int Order => 1000;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: ProblemDetails } result)
        {
            result.ContentTypes.Clear();
            result.ContentTypes.Add(ModelStateProblems.ProblemJson);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
