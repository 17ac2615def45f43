using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// The console's endpoint: any Cypher with parameters, for Analysts read-only; writing is for Admins and only when
/// asked for and switched on. Every run is recorded in the audit trail with its text and parameters.
/// </summary>
[ApiController]
[Route("api/cypher")]
[Produces("application/json")]
[MinimumRole(Roles.Analyst)]
public sealed class CypherController(QueryRunner runner, AuditScope audit) : ControllerBase
{
    [HttpPost]
    [ProducesResponseType<QueryRunResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status504GatewayTimeout)]
    [EnableRateLimiting(RateLimits.Queries)]
    [Audited("query.console")]
    public async Task<QueryRunResult> Run(CypherRequest request, CancellationToken cancellationToken)
    {
        audit.Note(target: request.Write ? "write" : "read", query: request.Query, parameters: request.Parameters);
        if (request.Write && !User.HasRoleAtLeast(Roles.Admin))
        {
            throw new AccessDeniedException("Only Admins may run write queries in the console; run it read-only.");
        }

        return await runner.RunAsync(request.Query, ParameterValues.Untyped(request.Parameters), request.Write, cancellationToken);
    }

    /// <summary>Compiles the query without running it: 204 when it is valid, the error with its position when not.</summary>
    [HttpPost("check")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [EnableRateLimiting(RateLimits.Queries)]
    public async Task<IActionResult> Check(CypherRequest request, CancellationToken cancellationToken)
    {
        await runner.CheckSyntaxAsync(request.Query, cancellationToken);
        return NoContent();
    }
}
