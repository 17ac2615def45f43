namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The evidence form's fields as posted.</summary>
public sealed class EvidenceForm
{
    public string? Id { get; set; }

    public string? TieId { get; set; }

    public string? SourceId { get; set; }

    public string? Stance { get; set; }

    public string? Quote { get; set; }

    public string? By { get; set; }

    public string? Accessed { get; set; }

    public long? Version { get; set; }

    internal EvidenceInput ToInput() => new(Id, TieId, SourceId, Stance, Quote, By, Accessed, null, Version);

    internal static EvidenceForm From(EvidenceRecord evidence) => new()
    {
        Id = evidence.Id,
        TieId = evidence.TieId,
        SourceId = evidence.SourceId,
        Stance = evidence.Stance,
        Quote = evidence.Quote,
        By = evidence.By,
        Accessed = PreciseDate.Format(evidence.Accessed, evidence.AccessedPrecision),
        Version = evidence.Version,
    };
}
