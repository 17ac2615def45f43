using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Saved queries: the library and users' own. Viewers list, read and run them (read-only); Analysts also save, edit
/// and delete their own. Runs are recorded in the audit trail with their parameters.
/// </summary>
[ApiController]
[Route("api/queries")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class QueriesController(SavedQueries queries, AuditScope audit) : ControllerBase
{
    /// <summary>Every saved query, optionally those whose name, description or tags contain <paramref name="q"/>, or with a tag.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<SavedQuery>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<SavedQuery>> List([FromQuery] string? q, [FromQuery] string? tag, CancellationToken cancellationToken) =>
        await queries.ListAsync(q, tag, cancellationToken);

    [HttpGet("{id}")]
    [ProducesResponseType<SavedQuery>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<SavedQuery> Get(string id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken);

    /// <summary>Saves a new query after compiling it; a syntax error comes back with its line and column.</summary>
    [HttpPost]
    [MinimumRole(Roles.Analyst)]
    [Audited("query.create")]
    [ProducesResponseType<SavedQuery>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<SavedQuery>> Create(SavedQueryInput input, CancellationToken cancellationToken)
    {
        audit.Note(query: input.Query, parameters: new { input.Name, input.Parameters });
        var saved = await queries.CreateAsync(input, cancellationToken);
        audit.Note(target: $"id={saved.Id}");
        return CreatedAtAction(nameof(Get), new { id = saved.Id }, saved);
    }

    /// <summary>Edits (or renames) a user's query; library queries are files and cannot be changed here.</summary>
    [HttpPut("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("query.update")]
    [ProducesResponseType<SavedQuery>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<SavedQuery> Update(string id, SavedQueryInput input, CancellationToken cancellationToken)
    {
        audit.Note(query: input.Query, parameters: new { input.Name, input.Parameters });
        return await queries.UpdateAsync(id, input, cancellationToken);
    }

    [HttpDelete("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("query.delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await queries.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>Runs a saved query read-only with the given parameter values (declared defaults fill the rest).</summary>
    [HttpPost("{id}/run")]
    [ProducesResponseType<QueryRunResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status504GatewayTimeout)]
    [EnableRateLimiting(RateLimits.Queries)]
    [Audited("query.run")]
    public async Task<QueryRunResult> Run(string id, RunQueryRequest? request, CancellationToken cancellationToken)
    {
        audit.Note(parameters: request?.Parameters);
        var query = await queries.GetAsync(id, cancellationToken);
        audit.Note(query: query.Query);
        return await queries.RunAsync(query, request?.Parameters, cancellationToken);
    }
}
