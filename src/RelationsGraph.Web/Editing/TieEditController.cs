using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Editing;

/// <summary>Creating, changing and deleting ties (Analysts), and their history (Viewers too; reading a tie is <c>GET /api/ties/{id}</c>).</summary>
[ApiController]
[Route("api/ties")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class TieEditController(TieEditor editor, AuditScope audit) : ControllerBase
{
    /// <summary>Creates a tie between two existing actors, with any evidence given, in one transaction.</summary>
    [HttpPost]
    [MinimumRole(Roles.Analyst)]
    [Audited("tie.create")]
    [ProducesResponseType<TieRecord>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<TieRecord>> Create(TieInput input, CancellationToken cancellationToken)
    {
        var tie = await editor.CreateAsync(input, cancellationToken);
        audit.Note(target: $"id={tie.Id}");
        return Created($"/api/ties/{Uri.EscapeDataString(tie.Id)}", tie);
    }

    /// <summary>Changes a tie (every field but its type and ends); <c>version</c> must be the version read, or the answer is 409.</summary>
    [HttpPut("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("tie.update")]
    [ProducesResponseType<TieRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<TieRecord> Update(string id, TieInput input, CancellationToken cancellationToken) =>
        await editor.UpdateAsync(id, input, cancellationToken);

    /// <summary>Deletes a tie with its evidence and history; with <c>version</c>, only if it is still that version.</summary>
    [HttpDelete("{id}")]
    [MinimumRole(Roles.Analyst)]
    [Audited("tie.delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(string id, [FromQuery] long? version, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(id, version, cancellationToken);
        return NoContent();
    }

    /// <summary>How the tie's status, phase and confidence changed, who changed them and when, oldest first.</summary>
    [HttpGet("{id}/history")]
    [ProducesResponseType<TieHistory>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<TieHistory> History(string id, CancellationToken cancellationToken) =>
        await editor.HistoryAsync(id, cancellationToken);
}
