using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The source form: create, change, and delete after a confirmation that says how much evidence goes with it.</summary>
[Route("edit/sources")]
public sealed class EditSourcesController(SourceEditor sources) : EditFormController
{
    [HttpGet("new")]
    public IActionResult New() => View("Form", new SourcePage(new SourceForm(), null, FormErrors.None));

    [HttpPost("new")]
    [Audited("source.create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(SourceForm form, CancellationToken cancellationToken)
    {
        try
        {
            var source = await sources.CreateAsync(form.ToInput(), cancellationToken);
            AuditTarget(source.Id);
            Saved($"Source '{source.Title}' created.");
            return Redirect($"/edit/sources/{Uri.EscapeDataString(source.Id)}");
        }
        catch (EditException refusal)
        {
            return Refused("Form", new SourcePage(form, null, ErrorsOf(refusal)), refusal);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        try
        {
            var source = await sources.GetAsync(id, cancellationToken);
            return View("Form", new SourcePage(SourceForm.From(source), source, FormErrors.None));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}")]
    [Audited("source.update")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string id, SourceForm form, CancellationToken cancellationToken)
    {
        try
        {
            var source = await sources.UpdateAsync(id, form.ToInput(), cancellationToken);
            Saved($"Source '{source.Title}' saved (version {source.Version}).");
            return Redirect($"/edit/sources/{Uri.EscapeDataString(source.Id)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            form.Id = id;
            return Refused("Form", new SourcePage(form, await sources.GetAsync(id, cancellationToken), ErrorsOf(refusal)), refusal);
        }
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> ConfirmDelete(string id, CancellationToken cancellationToken)
    {
        try
        {
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await sources.GetAsync(id, cancellationToken), null));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}/delete")]
    [Audited("source.delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, long? version, CancellationToken cancellationToken)
    {
        try
        {
            var source = await sources.GetAsync(id, cancellationToken);
            await sources.DeleteAsync(id, confirm: true, version, cancellationToken);
            Saved($"Source '{source.Title}' deleted.");
            return Redirect("/edit");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            Response.StatusCode = refusal.Status;
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await sources.GetAsync(id, cancellationToken), refusal.Message));
        }
    }

    private static DeleteConfirmation Confirmation(SourceRecord source, string? problem) => new(
        $"Delete the source '{source.Title}'?",
        source.EvidenceCount == 0
            ? "No evidence cites it."
            : EditMessages.SourceHasEvidence(source.Title, source.EvidenceCount),
        $"/edit/sources/{Uri.EscapeDataString(source.Id)}/delete",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = source.Version.ToString(CultureInfo.InvariantCulture) },
        $"/edit/sources/{Uri.EscapeDataString(source.Id)}",
        problem);
}
