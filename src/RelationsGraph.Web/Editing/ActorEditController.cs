using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Editing;

/// <summary>Creating, changing and deleting actors, for Analysts (reading them is <c>GET /api/actors</c>).</summary>
[ApiController]
[Route("api/actors")]
[Produces("application/json")]
[MinimumRole(Roles.Analyst)]
public sealed class ActorEditController(ActorEditor editor, AuditScope audit) : ControllerBase
{
    /// <summary>Creates an actor; without an id, one is made from the name.</summary>
    [HttpPost]
    [Audited("actor.create")]
    [ProducesResponseType<ActorRecord>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<ActorRecord>> Create(ActorInput input, CancellationToken cancellationToken)
    {
        var actor = await editor.CreateAsync(input, cancellationToken);
        audit.Note(target: $"id={actor.Id}");
        return Created($"/api/actors/{Uri.EscapeDataString(actor.Id)}", actor);
    }

    /// <summary>Changes an actor; <c>version</c> must be the version read, or the answer is 409.</summary>
    [HttpPut("{id}")]
    [Audited("actor.update")]
    [ProducesResponseType<ActorRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActorRecord> Update(string id, ActorInput input, CancellationToken cancellationToken) =>
        await editor.UpdateAsync(id, input, cancellationToken);

    /// <summary>
    /// Deletes an actor. One with ties is deleted only with <c>confirm=true</c> (else 409 with <c>tieCount</c>), and with
    /// <c>ties=N</c> only if it still has N ties; its ties go with it. With <c>version</c>, only if still that version.
    /// </summary>
    [HttpDelete("{id}")]
    [Audited("actor.delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(string id, [FromQuery] bool confirm, [FromQuery] long? ties, [FromQuery] long? version, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(id, confirm, ties, version, cancellationToken);
        return NoContent();
    }
}
