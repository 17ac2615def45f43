using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>
/// The tie form: a new tie between two existing actors (with its first evidence if given), a change of an existing one
/// with its evidence and history beside it, and deletion after a confirmation.
/// </summary>
[Route("edit/ties")]
public sealed class EditTiesController(
    TieEditor ties, EvidenceEditor evidence, ActorEditor actors, SourceEditor sources, NetworkRegistry registry) : EditFormController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string? source, string? target, CancellationToken cancellationToken)
    {
        var form = new TieForm
        {
            Source = source,
            Target = target,
            EvidenceStance = "asserts",
        };
        return View("Form", await PageAsync(form, null, FormErrors.None, cancellationToken));
    }

    [HttpPost("new")]
    [Audited("tie.create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(TieForm form, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.CreateAsync(Input(form, withEvidence: true), cancellationToken);
            AuditTarget(tie.Id);
            Saved(form.HasEvidence ? "Tie created with its evidence." : "Tie created.");
            return Redirect($"/edit/ties/{Uri.EscapeDataString(tie.Id)}");
        }
        catch (EditException refusal)
        {
            return Refused("Form", await PageAsync(form, null, ErrorsOf(refusal, TieForm.FieldOf), cancellationToken), refusal);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.GetAsync(id, cancellationToken);
            return View("Form", await PageAsync(TieForm.From(tie), tie, FormErrors.None, cancellationToken));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}")]
    [Audited("tie.update")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string id, TieForm form, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.UpdateAsync(id, Input(form, withEvidence: false), cancellationToken);
            Saved($"Tie saved (version {tie.Version}).");
            return Redirect($"/edit/ties/{Uri.EscapeDataString(tie.Id)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            var stored = await ties.GetAsync(id, cancellationToken);
            form.Id = id;
            form.Type = stored.Type;
            form.Source = stored.Source;
            form.Target = stored.Target;
            return Refused("Form", await PageAsync(form, stored, ErrorsOf(refusal), cancellationToken), refusal);
        }
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> ConfirmDelete(string id, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.GetAsync(id, cancellationToken);
            return View("~/Views/Edit/ConfirmDelete.cshtml", await ConfirmationAsync(tie, null, cancellationToken));
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
    }

    [HttpPost("{id}/delete")]
    [Audited("tie.delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, long? version, CancellationToken cancellationToken)
    {
        try
        {
            var tie = await ties.GetAsync(id, cancellationToken);
            await ties.DeleteAsync(id, version, cancellationToken);
            Saved($"Tie '{tie.Id}' deleted.");
            return Redirect($"/edit/actors/{Uri.EscapeDataString(tie.Source)}");
        }
        catch (CypherException missing) when (IsMissing(missing))
        {
            return Missing(missing);
        }
        catch (EditException refusal)
        {
            Response.StatusCode = refusal.Status;
            return View("~/Views/Edit/ConfirmDelete.cshtml", await ConfirmationAsync(await ties.GetAsync(id, cancellationToken), refusal.Message, cancellationToken));
        }
    }

    // A confidence that is not a number never reaches the editor's checks; its message joins theirs.
    private static TieInput Input(TieForm form, bool withEvidence)
    {
        var (input, confidenceError) = form.ToInput(withEvidence);
        if (confidenceError is not null)
        {
            throw EditFailures.Invalid("confidence", confidenceError);
        }

        return input;
    }

    private async Task<TiePage> PageAsync(TieForm form, TieRecord? stored, FormErrors errors, CancellationToken ct)
    {
        var actorNames = await actors.NamesAsync(ct);
        var sourceList = await sources.ListAsync(ct);
        IReadOnlyList<EvidenceRecord> tieEvidence = stored is null ? [] : await evidence.ForTieAsync(stored.Id, ct);
        var history = stored is null ? null : await ties.HistoryAsync(stored.Id, ct);
        return new TiePage(form, stored, tieEvidence, history, actorNames, sourceList, registry, errors);
    }

    private async Task<DeleteConfirmation> ConfirmationAsync(TieRecord tie, string? problem, CancellationToken ct)
    {
        var count = await ties.EvidenceCountAsync(tie.Id, ct);
        var label = registry.TieTypes.FirstOrDefault(t => t.Type == tie.Type)?.Label ?? tie.Type;
        return new DeleteConfirmation(
            $"Delete the tie {tie.SourceName} – {label} – {tie.TargetName}?",
            count == 0
                ? "The tie has no evidence; its history goes with it."
                : $"{EditMessages.Count(count, "piece")} of evidence and the tie's history go with it.",
            $"/edit/ties/{Uri.EscapeDataString(tie.Id)}/delete",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = tie.Version.ToString(CultureInfo.InvariantCulture) },
            $"/edit/ties/{Uri.EscapeDataString(tie.Id)}",
            problem);
    }
}
