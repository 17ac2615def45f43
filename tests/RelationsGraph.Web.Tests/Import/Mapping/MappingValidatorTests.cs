using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import.Mapping;

public sealed class MappingValidatorTests
{
    private static readonly NetworkRegistry Registry = NetworkRegistry.Load(Path.Combine(RepoFiles.Cypher, "registry.json"));

    private static readonly string[] Columns = ["src", "dst", "type", "status", "since", "until", "amount", "name", "kind", "y", "m", "d"];

    private static readonly TieSpec GoodTie = new()
    {
        Type = ValueSpec.FromColumn("type"),
        From = new EndpointSpec { Column = "src" },
        To = new EndpointSpec { Column = "dst" },
        Status = ValueSpec.FromFixed("reported"),
    };

    private static IReadOnlyList<string> Check(ImportMapping mapping, IReadOnlyCollection<string>? columns = null) =>
        MappingValidator.Validate(mapping, Registry, columns ?? Columns);

    private static IReadOnlyList<string> CheckTie(TieSpec tie) => Check(new ImportMapping { Target = ImportMapping.Ties, Tie = tie });

    [Fact]
    public void Validate_AGoodTieMapping_HasNoProblems()
    {
        CheckTie(GoodTie with
        {
            ValidFrom = new DateSpec { Column = "since" },
            ValidTo = new DateSpec { Year = "y", Month = "m", Day = "d", Missing = ["0"] },
            Phase = ValueSpec.FromFixed("in-force"),
            PhaseWhenEnded = "ended",
            Confidence = ValueSpec.FromFixed("80"),
            Key = ["src", "dst"],
        }).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_RepositoryPresets_AreValid()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Cypher, "imports"), "*.json"))
        {
            var preset = System.Text.Json.JsonSerializer.Deserialize<ImportMapping>(File.ReadAllText(file), MappingJson.Options)!;
            MappingValidator.Validate(preset, Registry, null).ShouldBeEmpty(Path.GetFileName(file));
        }
    }

    [Theory]
    [InlineData("nope", "the column 'nope', which the file does not have")]
    [InlineData("", "names no column")]
    public void Validate_SourceActorColumn_MustExist(string? column, string problem)
    {
        CheckTie(GoodTie with { From = new EndpointSpec { Column = column } }).ShouldContain(p => p.Contains(problem));
    }

    [Fact]
    public void Validate_MissingRequiredParts_AreEachNamed()
    {
        var problems = CheckTie(new TieSpec());
        problems.ShouldContain("the tie type is required.");
        problems.ShouldContain("the source actor (from) is required.");
        problems.ShouldContain("the target actor (to) is required.");
        problems.ShouldContain("the status is required.");
    }

    [Fact]
    public void Validate_UnknownTypeStatusAndPhase_AreRefusedWithTheKnownValues()
    {
        var problems = CheckTie(GoodTie with
        {
            Type = ValueSpec.FromFixed("FRIEND_OF"),
            Status = new ValueSpec { Column = "status", Values = new Dictionary<string, string> { ["ok"] = "fine" } },
            Phase = ValueSpec.FromFixed("maybe"),
            PhaseWhenEnded = "over",
        });
        problems.ShouldContain(p => p.Contains("'FRIEND_OF' is not valid") && p.Contains("DEFENSE_PACT"));
        problems.ShouldContain(p => p.Contains("'ok' is recoded to 'fine'"));
        problems.ShouldContain(p => p.Contains("'maybe' is not valid"));
        problems.ShouldContain(p => p.StartsWith("phaseWhenEnded: 'over'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AValueWithTwoSources_IsRefused()
    {
        CheckTie(GoodTie with { Status = new ValueSpec { Column = "status", Fixed = "reported" } })
            .ShouldContain("the status needs exactly one of 'column', 'fixed' or 'template'.");
    }

    [Fact]
    public void Validate_TemplateColumns_MustExist()
    {
        CheckTie(GoodTie with { Summary = new ValueSpec { Template = "{src} to {nowhere}" } })
            .ShouldContain(p => p.Contains("'nowhere'"));
    }

    [Fact]
    public void Validate_Properties_MustBeDeclaredForTheTypeAndNotBuiltIn()
    {
        var problems = CheckTie(GoodTie with
        {
            Type = ValueSpec.FromFixed("SANCTIONS"),
            Properties = new Dictionary<string, ValueSpec> { ["amount"] = ValueSpec.FromColumn("amount"), ["status"] = ValueSpec.FromColumn("status") },
        });
        problems.ShouldContain(p => p.StartsWith("'amount' is not a declared property of SANCTIONS ties", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("'status' is a built-in tie field", StringComparison.Ordinal));
        CheckTie(GoodTie with { Type = ValueSpec.FromFixed("AID"), Properties = new Dictionary<string, ValueSpec> { ["amount"] = ValueSpec.FromColumn("amount") } })
            .ShouldBeEmpty();
    }

    [Fact]
    public void Validate_Confidence_MustBe0To100()
    {
        CheckTie(GoodTie with { Confidence = ValueSpec.FromFixed("120") }).ShouldContain(p => p.Contains("'120' is not valid"));
    }

    [Fact]
    public void Validate_Dates_NeedOneFormAndAMonthBeforeADay()
    {
        CheckTie(GoodTie with { ValidFrom = new DateSpec { Column = "since", Year = "y" } }).ShouldContain(p => p.Contains("use one or the other"));
        CheckTie(GoodTie with { ValidFrom = new DateSpec { Year = "y", Day = "d" } }).ShouldContain("validFrom has a day column but no month column.");
        CheckTie(GoodTie with { ValidFrom = new DateSpec() }).ShouldContain("validFrom needs a date 'column' or a 'year' column.");
    }

    [Fact]
    public void Validate_Endpoints_CheckMatchAliasesAndCreation()
    {
        var problems = CheckTie(GoodTie with
        {
            From = new EndpointSpec { Column = "src", Match = "fuzzy" },
            To = new EndpointSpec { Column = "dst", Match = "alias", Create = new CreateSpec("planet", "") },
        });
        problems.ShouldContain(p => p.Contains("match 'fuzzy' is not one of id, name, alias"));
        problems.ShouldContain(p => p.Contains("matched by an alias table, but the table is empty"));
        problems.ShouldContain(p => p.Contains("'planet' is not one of"));
        problems.ShouldContain(p => p.Contains("need a name template"));
        CheckTie(GoodTie with { To = new EndpointSpec { Column = "dst", Match = "alias", Aliases = [new AliasEntry("x", "", "X", "moon")] } })
            .ShouldSatisfyAllConditions(
                p => p.ShouldContain(x => x.Contains("needs a key and an actor id")),
                p => p.ShouldContain(x => x.Contains("the kind 'moon'")));
    }

    [Fact]
    public void Validate_PairedRows_NeedASymmetricTypeAndNoTarget()
    {
        var problems = CheckTie(GoodTie with { Type = ValueSpec.FromFixed("SANCTIONS"), PairWithin = ["name"], Id = new KeySpec { Column = "src" } });
        problems.ShouldContain(p => p.Contains("SANCTIONS is not a symmetric tie type"));
        problems.ShouldContain(p => p.Contains("takes no target actor"));
        problems.ShouldContain(p => p.Contains("takes no id column"));
        CheckTie(GoodTie with { Type = ValueSpec.FromFixed("DEFENSE_PACT"), PairWithin = ["name"], To = null }).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ActorMapping_NeedsNameAndAKnownKindAndDeclaredProperties()
    {
        Check(new ImportMapping { Target = ImportMapping.Actors }).ShouldContain("'actor' is required when the target is actors.");
        var problems = Check(new ImportMapping
        {
            Target = ImportMapping.Actors,
            Actor = new ActorSpec
            {
                Kind = ValueSpec.FromFixed("planet"),
                Properties = new Dictionary<string, ValueSpec> { ["population"] = ValueSpec.FromColumn("amount"), ["name"] = ValueSpec.FromColumn("name") },
            },
        });
        problems.ShouldContain("the actor name is required.");
        problems.ShouldContain(p => p.Contains("'planet' is not valid"));
        problems.ShouldContain(p => p.StartsWith("'population' is not a declared actor property", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("'name' is a built-in actor field", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TargetFilterDelimiterAndSource_AreChecked()
    {
        var problems = Check(new ImportMapping
        {
            Target = "edges",
            Delimiter = ";;",
            Filter = [new FilterSpec { Column = "kind" }],
            Source = new SourceSpec { Id = "My Source", Reliability = "G", Published = "June", Url = "ftp://x" },
        });
        problems.ShouldContain("the target 'edges' is neither 'actors' nor 'ties'.");
        problems.ShouldContain("the delimiter ';;' is not one character.");
        problems.ShouldContain("the filter on 'kind' lists no values ('in' or 'notIn').");
        problems.ShouldContain(p => p.StartsWith("the source id 'My Source'", StringComparison.Ordinal));
        problems.ShouldContain("the source reliability 'G' is not one of A–F.");
        problems.ShouldContain(p => p.StartsWith("the source's publication date", StringComparison.Ordinal));
        problems.ShouldContain("the source url 'ftp://x' is not an http(s) address.");
    }

    [Theory]
    [InlineData("\\t", '\t')]
    [InlineData("tab", '\t')]
    [InlineData(";", ';')]
    [InlineData("\"", null)]
    [InlineData("ab", null)]
    public void Unescape_Delimiters(string text, char? expected)
    {
        MappingValidator.Unescape(text).ShouldBe(expected);
    }
}
