using Microsoft.AspNetCore.Mvc;

namespace RelationsGraph.Web.Queries;

/// <summary>The console's endpoint: any Cypher with parameters, read-only unless writing is asked for and allowed.</summary>
[ApiController]
[Route("api/cypher")]
[Produces("application/json")]
public sealed class CypherController(QueryRunner runner) : ControllerBase
{
    [HttpPost]
    [ProducesResponseType<QueryRunResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status504GatewayTimeout)]
    public async Task<QueryRunResult> Run(CypherRequest request, CancellationToken cancellationToken) =>
        await runner.RunAsync(request.Query, ParameterValues.Untyped(request.Parameters), request.Write, cancellationToken);

    /// <summary>Compiles the query without running it: 204 when it is valid, the error with its position when not.</summary>
    [HttpPost("check")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Check(CypherRequest request, CancellationToken cancellationToken)
    {
        await runner.CheckSyntaxAsync(request.Query, cancellationToken);
        return NoContent();
    }
}
