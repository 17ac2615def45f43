using Microsoft.AspNetCore.Mvc;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The editing start page: find an actor, or start a new actor, tie or source.</summary>
[Route("edit")]
public sealed class EditController(ActorEditor actors, SourceEditor sources) : EditFormController
{
    internal const int ActorLimit = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var (found, total) = await actors.ListAsync(q, ActorLimit, cancellationToken);
        var sourceList = await sources.ListAsync(cancellationToken);
        return View(new EditIndexPage(q?.Trim() ?? "", found, total, sourceList));
    }
}
