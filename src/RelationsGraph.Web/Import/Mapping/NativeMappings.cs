namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// The mappings that read back what the export writes (actors.csv, ties.csv, and the actors and ties of the
/// JSON export): every built-in field by its own column, every declared property by its name, ids as they
/// are. They add no evidence: an exported graph brings its own.
/// </summary>
internal static class NativeMappings
{
    public const string ActorsId = "relationsgraph-actors";
    public const string TiesId = "relationsgraph-ties";

    public static readonly ImportMapping Actors = new()
    {
        Id = ActorsId,
        Name = "RelationsGraph actors (actors.csv or JSON from the export)",
        Description = "Reads back the actor export: id, name, kind, aliases (a JSON list), country, description and every declared actor property.",
        Target = ImportMapping.Actors,
        Evidence = false,
        Stamp = false,
        Actor = new ActorSpec
        {
            Id = new KeySpec { Column = "id" },
            Name = ValueSpec.FromColumn("name"),
            Kind = ValueSpec.FromColumn("kind"),
            Aliases = new AliasesSpec { Columns = ["aliases"] },
            Country = ValueSpec.FromColumn("country"),
            Description = ValueSpec.FromColumn("description"),
            PropertiesFromColumns = true,
        },
    };

    public static readonly ImportMapping Ties = new()
    {
        Id = TiesId,
        Name = "RelationsGraph ties (ties.csv or JSON from the export)",
        Description = "Reads back the tie export: id, type, source and target actor ids, status, phase, dates with their precision, confidence, summary and every declared tie property.",
        Target = ImportMapping.Ties,
        Evidence = false,
        Stamp = false,
        Tie = new TieSpec
        {
            Id = new KeySpec { Column = "id" },
            Type = ValueSpec.FromColumn("type"),
            From = new EndpointSpec { Column = "source" },
            To = new EndpointSpec { Column = "target" },
            Status = ValueSpec.FromColumn("status"),
            Phase = ValueSpec.FromColumn("phase"),
            ValidFrom = new DateSpec { Column = "validFrom", Precision = "validFromPrecision" },
            ValidTo = new DateSpec { Column = "validTo", Precision = "validToPrecision" },
            ReportedOn = new DateSpec { Column = "reportedOn", Precision = "reportedOnPrecision" },
            Confidence = ValueSpec.FromColumn("confidence"),
            Summary = ValueSpec.FromColumn("summary"),
            PropertiesFromColumns = true,
        },
    };

    /// <summary>What a Source carries in the export, with the types to read back.</summary>
    public static readonly IReadOnlyDictionary<string, string> SourceProperties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "string",
        ["publisher"] = "string",
        ["url"] = "string",
        ["published"] = "temporal",
        ["publishedPrecision"] = "string",
        ["reliability"] = "string",
        ["citation"] = "string",
        ["importFile"] = "string",
        ["importSha256"] = "string",
        ["importedAt"] = "temporal",
        ["importedBy"] = "string",
        ["recordedAt"] = "temporal",
        ["recordedBy"] = "string",
        ["version"] = "integer",
    };

    /// <summary>What an Evidence node carries in the export besides the source it cites and who it names.</summary>
    public static readonly IReadOnlyDictionary<string, string> EvidenceProperties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tieId"] = "string",
        ["stance"] = "string",
        ["quote"] = "string",
        ["accessed"] = "temporal",
        ["accessedPrecision"] = "string",
        ["recordedAt"] = "temporal",
        ["recordedBy"] = "string",
        ["version"] = "integer",
    };

    public static readonly IReadOnlyList<string> Stances = ["asserts", "denies"];
}
