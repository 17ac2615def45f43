using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Editing;

/// <summary>Sources that evidence cites: Viewers list and read them, Analysts create, change and delete them.</summary>
[ApiController]
[Route("api/sources")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class SourcesController(SourceEditor editor, AuditScope audit) : ControllerBase
{
    /// <summary>Sources by title, each with how much evidence cites it.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<SourceRecord>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<SourceRecord>> List(CancellationToken cancellationToken) =>
        await editor.ListAsync(cancellationToken);

    [HttpGet("{id}")]
    [ProducesResponseType<SourceRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<SourceRecord> Get(string id, CancellationToken cancellationToken) =>
        await editor.GetAsync(id, cancellationToken);

    /// <summary>Creates a source; without an id, one is made from the title.</summary>
    [HttpPost]
    [MinimumRole(Roles.Analyst)]
    [Audited("source.create")]
    [ProducesResponseType<SourceRecord>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<SourceRecord>> Create(SourceInput input, CancellationToken cancellationToken)
    {
        var source = await editor.CreateAsync(input, cancellationToken);
        audit.Note(target: $"id={source.Id}");
        return CreatedAtAction(nameof(Get), new { id = source.Id }, source);
    }

    /// <summary>Changes a source; <c>version</c> must be the version read, or the answer is 409.</summary>
    [HttpPut("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("source.update")]
    [ProducesResponseType<SourceRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<SourceRecord> Update(string id, SourceInput input, CancellationToken cancellationToken) =>
        await editor.UpdateAsync(id, input, cancellationToken);

    /// <summary>Deletes a source; one that evidence cites only with <c>confirm=true</c> (else 409 with <c>evidenceCount</c>), and that evidence goes too.</summary>
    [HttpDelete("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("source.delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(string id, [FromQuery] bool confirm, [FromQuery] long? version, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(id, confirm, version, cancellationToken);
        return NoContent();
    }
}
