using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The actor form: create, change, and delete after a confirmation that says how many ties go with it.</summary>
[Route("edit/actors")]
public sealed class EditActorsController(ActorEditor actors, TieEditor ties, NetworkRegistry registry) : EditFormController
{
    [HttpGet("new")]
    public IActionResult New() =>
        View("Form", new ActorPage(new ActorForm(), null, [], registry, FormErrors.None));

    [HttpPost("new")]
    [Audited("actor.create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ActorForm form, CancellationToken cancellationToken)
    {
        try
        {
            var actor = await actors.CreateAsync(form.ToInput(), cancellationToken);
            AuditTarget(actor.Id);
            Saved($"Actor '{actor.Name}' created.");
            return Redirect($"/edit/actors/{Uri.EscapeDataString(actor.Id)}");
        }
        catch (EditException refusal)
        {
            return Refused("Form", new ActorPage(form, null, [], registry, ErrorsOf(refusal)), refusal);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        try
        {
            var actor = await actors.GetAsync(id, cancellationToken);
            var actorTies = await ties.ForActorAsync(id, cancellationToken);
            return View("Form", new ActorPage(ActorForm.From(actor), actor, actorTies, registry, FormErrors.None));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}")]
    [Audited("actor.update")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string id, ActorForm form, CancellationToken cancellationToken)
    {
        try
        {
            var actor = await actors.UpdateAsync(id, form.ToInput(), cancellationToken);
            Saved($"Actor '{actor.Name}' saved (version {actor.Version}).");
            return Redirect($"/edit/actors/{Uri.EscapeDataString(actor.Id)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            var stored = await actors.GetAsync(id, cancellationToken);
            var actorTies = await ties.ForActorAsync(id, cancellationToken);
            form.Id = id;
            return Refused("Form", new ActorPage(form, stored, actorTies, registry, ErrorsOf(refusal)), refusal);
        }
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> ConfirmDelete(string id, CancellationToken cancellationToken)
    {
        try
        {
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await actors.PreviewDeleteAsync(id, cancellationToken), null));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}/delete")]
    [Audited("actor.delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, long? version, long? ties, CancellationToken cancellationToken)
    {
        try
        {
            var name = (await actors.PreviewDeleteAsync(id, cancellationToken)).Name;
            await actors.DeleteAsync(id, confirm: true, expectedTies: ties, version, cancellationToken);
            Saved($"Actor '{name}' deleted.");
            return Redirect("/edit");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            Response.StatusCode = refusal.Status;
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await actors.PreviewDeleteAsync(id, cancellationToken), refusal.Message));
        }
    }

    private static DeleteConfirmation Confirmation(ActorDeletion deletion, string? problem)
    {
        var message = deletion.Ties == 0
            ? $"{deletion.Name} has no ties. Delete it?"
            : EditMessages.ActorHasTies(deletion.Name, deletion.Ties, deletion.Evidence, deletion.Attributed);
        return new DeleteConfirmation(
            $"Delete {deletion.Name}?",
            message,
            $"/edit/actors/{Uri.EscapeDataString(deletion.Id)}/delete",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["version"] = deletion.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ties"] = deletion.Ties.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            $"/edit/actors/{Uri.EscapeDataString(deletion.Id)}",
            problem);
    }
}
