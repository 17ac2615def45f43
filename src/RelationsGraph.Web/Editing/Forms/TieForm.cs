using System.Globalization;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>
/// The tie form's fields as posted: dates as written ("2022", "2024-06", "2024-06-19"), confidence as typed, and on a
/// new tie an optional first piece of evidence.
/// </summary>
public sealed class TieForm
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Source { get; set; }

    public string? Target { get; set; }

    public string? Status { get; set; }

    public string? Phase { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? ReportedOn { get; set; }

    public string? Confidence { get; set; }

    public string? Summary { get; set; }

    public long? Version { get; set; }

    public string? EvidenceSourceId { get; set; }

    public string? EvidenceStance { get; set; }

    public string? EvidenceQuote { get; set; }

    public string? EvidenceBy { get; set; }

    public string? EvidenceAccessed { get; set; }

    /// <summary>Whether any evidence field was filled in (a new tie then gets that evidence).</summary>
    internal bool HasEvidence =>
        !string.IsNullOrWhiteSpace(EvidenceSourceId) || !string.IsNullOrWhiteSpace(EvidenceQuote) || !string.IsNullOrWhiteSpace(EvidenceBy)
        || !string.IsNullOrWhiteSpace(EvidenceAccessed);

    /// <summary>The input for the editor, or the confidence error when it is not a whole number.</summary>
    internal (TieInput Input, string? ConfidenceError) ToInput(bool withEvidence)
    {
        long? confidence = null;
        string? error = null;
        if (!string.IsNullOrWhiteSpace(Confidence))
        {
            if (long.TryParse(Confidence.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                confidence = value;
            }
            else
            {
                error = EditMessages.ConfidenceNotNumber(Confidence.Trim());
            }
        }

        IReadOnlyList<EvidenceInput>? evidence = withEvidence && HasEvidence
            ? [new EvidenceInput(null, null, EvidenceSourceId, EvidenceStance, EvidenceQuote, EvidenceBy, EvidenceAccessed, null, null)]
            : null;
        return (new TieInput(Id, Type, Source, Target, Status, Phase, ValidFrom, null, ValidTo, null, ReportedOn, null, confidence, Summary, Version, evidence), error);
    }

    internal static TieForm From(TieRecord tie) => new()
    {
        Id = tie.Id,
        Type = tie.Type,
        Source = tie.Source,
        Target = tie.Target,
        Status = tie.Status,
        Phase = tie.Phase,
        ValidFrom = PreciseDate.Format(tie.ValidFrom, tie.ValidFromPrecision),
        ValidTo = PreciseDate.Format(tie.ValidTo, tie.ValidToPrecision),
        ReportedOn = PreciseDate.Format(tie.ReportedOn, tie.ReportedOnPrecision),
        Confidence = tie.Confidence?.ToString(CultureInfo.InvariantCulture),
        Summary = tie.Summary,
        Version = tie.Version,
    };

    /// <summary>The form field an editor's error names: <c>evidence[0].sourceId</c> is <c>evidenceSourceId</c> here.</summary>
    internal static string FieldOf(string key) =>
        key.StartsWith("evidence[0].", StringComparison.Ordinal)
            ? "evidence" + char.ToUpperInvariant(key["evidence[0].".Length]) + key["evidence[0].".Length..][1..]
            : key;
}
