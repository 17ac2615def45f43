using System.Text.RegularExpressions;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Registry;

public sealed partial class NetworkRegistryTests
{
    private static readonly NetworkRegistry Registry = NetworkRegistry.Load(Path.Combine(RepoFiles.Cypher, "registry.json"));

    [Fact]
    public void Load_RepositoryRegistry_HasTheDomainVocabulary()
    {
        Registry.TieTypes.Select(t => t.Type).ShouldContainAll(["DEFENSE_PACT", "SANCTIONS", "AID", "TROOP_TRANSFER", "ARMS_TRANSFER", "MEMBER_OF"]);
        Registry.TieTypes.Single(t => t.Type == "DEFENSE_PACT").Symmetric.ShouldBeTrue();
        Registry.TieTypes.Single(t => t.Type == "SANCTIONS").Symmetric.ShouldBeFalse();
        Registry.ActorKinds.Select(k => k.Kind).ShouldBe(["state", "organisation", "person", "armed-group"], ignoreOrder: true);
        Registry.Statuses.Select(s => s.Status).ShouldBe(["confirmed", "reported", "alleged", "disputed", "denied", "retracted"], ignoreOrder: true);
        Registry.Phases.Select(p => p.Phase).ShouldBe(["considered", "announced", "signed", "in-force", "suspended", "ended"], ignoreOrder: true);
    }

    [Fact]
    public void Load_RepositoryRegistry_GivesEveryTypeAndKindItsOwnColour()
    {
        Registry.TieTypes.Select(t => t.Colour.ToUpperInvariant()).ShouldBeUnique();
        Registry.ActorKinds.Select(k => k.Colour.ToUpperInvariant()).ShouldBeUnique();
    }

    [Fact]
    public void Schema_EveryRegisteredTieType_HasAUniqueIdConstraint()
    {
        var constrained = TieConstraint().Matches(RepoFiles.ReadAll("schema")).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var type in Registry.TieTypes)
        {
            constrained.ShouldContain(type.Type, $"cypher/schema lacks the unique tie id constraint for {type.Type}");
        }
    }

    [Fact]
    public void Load_TieTypeThatIsNotARelationshipTypeName_IsRefused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                { "tieTypes": [ { "type": "bad type", "label": "x", "colour": "#000", "symmetric": false } ],
                  "actorKinds": [], "statuses": [ { "status": "confirmed", "label": "c", "line": "solid" } ], "phases": [] }
                """);
            Should.Throw<InvalidOperationException>(() => NetworkRegistry.Load(file)).Message.ShouldContain("bad type");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"FOR \(\)-\[r:([A-Z_]+)\]-\(\) REQUIRE r\.id IS UNIQUE")]
    private static partial Regex TieConstraint();
}
