using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The evidence form: evidence for or against one tie, citing a source, optionally naming who said it.</summary>
[Route("edit/evidence")]
public sealed class EditEvidenceController(EvidenceEditor evidence, TieEditor ties, ActorEditor actors, SourceEditor sources) : EditFormController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string? tieId, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.GetAsync(tieId ?? "", cancellationToken);
            return View("Form", await PageAsync(new EvidenceForm { TieId = tie.Id, Stance = "asserts" }, null, tie, FormErrors.None, cancellationToken));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("new")]
    [Audited("evidence.create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(EvidenceForm form, CancellationToken cancellationToken)
    {
        TieRecord tie;
        try
        {
            tie = await ties.GetAsync(form.TieId ?? "", cancellationToken);
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }

        try
        {
            var created = await evidence.CreateAsync(form.ToInput(), cancellationToken);
            AuditTarget(created.Id);
            Saved("Evidence added.");
            return Redirect($"/edit/ties/{Uri.EscapeDataString(tie.Id)}");
        }
        catch (EditException refusal)
        {
            return Refused("Form", await PageAsync(form, null, tie, ErrorsOf(refusal), cancellationToken), refusal);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await evidence.GetAsync(id, cancellationToken);
            var tie = await ties.GetAsync(stored.TieId, cancellationToken);
            return View("Form", await PageAsync(EvidenceForm.From(stored), stored, tie, FormErrors.None, cancellationToken));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}")]
    [Audited("evidence.update")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string id, EvidenceForm form, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await evidence.UpdateAsync(id, form.ToInput(), cancellationToken);
            Saved($"Evidence saved (version {saved.Version}).");
            return Redirect($"/edit/ties/{Uri.EscapeDataString(saved.TieId)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            var stored = await evidence.GetAsync(id, cancellationToken);
            var tie = await ties.GetAsync(stored.TieId, cancellationToken);
            form.Id = id;
            form.TieId = stored.TieId;
            return Refused("Form", await PageAsync(form, stored, tie, ErrorsOf(refusal), cancellationToken), refusal);
        }
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> ConfirmDelete(string id, CancellationToken cancellationToken)
    {
        try
        {
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await evidence.GetAsync(id, cancellationToken), null));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}/delete")]
    [Audited("evidence.delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, long? version, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await evidence.GetAsync(id, cancellationToken);
            await evidence.DeleteAsync(id, version, cancellationToken);
            Saved("Evidence deleted.");
            return Redirect($"/edit/ties/{Uri.EscapeDataString(stored.TieId)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            Response.StatusCode = refusal.Status;
            return View("~/Views/Edit/ConfirmDelete.cshtml", Confirmation(await evidence.GetAsync(id, cancellationToken), refusal.Message));
        }
    }

    private async Task<EvidencePage> PageAsync(EvidenceForm form, EvidenceRecord? stored, TieRecord tie, FormErrors errors, CancellationToken ct) =>
        new(form, stored, tie, await actors.NamesAsync(ct), await sources.ListAsync(ct), errors);

    private static DeleteConfirmation Confirmation(EvidenceRecord stored, string? problem) => new(
        "Delete this evidence?",
        $"It {stored.Stance} the tie '{stored.TieId}'" + (stored.ByName is null ? "" : $" (said by {stored.ByName})") +
        (stored.SourceTitle is null ? "." : $", citing '{stored.SourceTitle}'."),
        $"/edit/evidence/{Uri.EscapeDataString(stored.Id)}/delete",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = stored.Version.ToString(CultureInfo.InvariantCulture) },
        $"/edit/ties/{Uri.EscapeDataString(stored.TieId)}",
        problem);
}
