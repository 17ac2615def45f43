using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Editing;

/// <summary>Evidence for or against a tie: Viewers read it, Analysts create, change and delete it.</summary>
[ApiController]
[Route("api/evidence")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class EvidenceController(EvidenceEditor editor, AuditScope audit) : ControllerBase
{
    [HttpGet("{id}")]
    [ProducesResponseType<EvidenceRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<EvidenceRecord> Get(string id, CancellationToken cancellationToken) =>
        await editor.GetAsync(id, cancellationToken);

    /// <summary>Adds evidence to an existing tie, citing an existing source and optionally naming who said it.</summary>
    [HttpPost]
    [MinimumRole(Roles.Analyst)]
    [Audited("evidence.create")]
    [ProducesResponseType<EvidenceRecord>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<EvidenceRecord>> Create(EvidenceInput input, CancellationToken cancellationToken)
    {
        var evidence = await editor.CreateAsync(input, cancellationToken);
        audit.Note(target: $"id={evidence.Id}");
        return CreatedAtAction(nameof(Get), new { id = evidence.Id }, evidence);
    }

    /// <summary>Changes evidence (not the tie it supports); <c>version</c> must be the version read, or the answer is 409.</summary>
    [HttpPut("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("evidence.update")]
    [ProducesResponseType<EvidenceRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<EvidenceRecord> Update(string id, EvidenceInput input, CancellationToken cancellationToken) =>
        await editor.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("evidence.delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(string id, [FromQuery] long? version, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(id, version, cancellationToken);
        return NoContent();
    }
}
