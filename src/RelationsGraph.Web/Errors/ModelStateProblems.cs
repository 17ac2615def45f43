using Microsoft.AspNetCore.Mvc;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// Gives the framework's own 400s (a JSON body that does not bind, e.g. text where a number belongs) the same
/// <c>code</c> every other error of the app carries, so clients need no special case for them.
/// </summary>
internal static class ModelStateProblems
{
    public static void AddCode(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is ValidationProblemDetails { Status: StatusCodes.Status400BadRequest } problem
            && !problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = Neo4jCodes.RequestInvalid;
        }
    }
}
