using RelationsGraph.Core.Values;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Tests.Queries;

public sealed class ResultJsonTests
{
    private static readonly Node Korea = new(1, "1", ["Actor"], new Dictionary<string, object?> { ["id"] = "south-korea", ["name"] = "South Korea" });
    private static readonly Node Russia = new(2, "2", ["Actor"], new Dictionary<string, object?> { ["id"] = "russia", ["name"] = "Russia" });
    private static readonly Relationship Sanctions = new(7, "7", "SANCTIONS", 1, "1", 2, "2", new Dictionary<string, object?> { ["id"] = "s", ["since"] = CypherDate.Parse("2022-01-01") });

    [Theory]
    [InlineData(9007199254740991L, "9007199254740991")]
    [InlineData(9007199254740992L, "\"9007199254740992\"")]
    [InlineData(-9007199254740992L, "\"-9007199254740992\"")]
    public void From_Integers_BeyondTheSafeRangeAreStrings(long value, string json) =>
        ResultJson.From(value)!.ToJsonString().ShouldBe(json);

    [Fact]
    public void From_SpecialDoublesAndTemporals_AreText()
    {
        ResultJson.From(double.NaN)!.ToJsonString().ShouldBe("\"NaN\"");
        ResultJson.From(double.NegativeInfinity)!.ToJsonString().ShouldBe("\"-Infinity\"");
        ResultJson.From(CypherDate.Parse("2024-06-01"))!.ToJsonString().ShouldBe("\"2024-06-01\"");
    }

    [Fact]
    public void From_NodeRelationshipAndPath_AreNeo4jShaped()
    {
        var node = ResultJson.From(Korea)!.AsObject();
        node["elementId"]!.GetValue<string>().ShouldBe("1");
        node["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(["Actor"]);
        node["properties"]!["name"]!.GetValue<string>().ShouldBe("South Korea");

        var relationship = ResultJson.From(Sanctions)!.AsObject();
        relationship["type"]!.GetValue<string>().ShouldBe("SANCTIONS");
        relationship["startNodeElementId"]!.GetValue<string>().ShouldBe("1");
        relationship["endNodeElementId"]!.GetValue<string>().ShouldBe("2");
        relationship["properties"]!["since"]!.GetValue<string>().ShouldBe("2022-01-01");

        var path = ResultJson.From(new GraphPath([Korea, Russia], [Sanctions]))!.AsObject();
        path["nodes"]!.AsArray().Count.ShouldBe(2);
        path["relationships"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public void From_ListsAndMaps_Nest()
    {
        var json = ResultJson.From(new List<object?> { 1L, null, new Dictionary<string, object?> { ["a"] = true } })!;
        json.ToJsonString().ShouldBe("[1,null,{\"a\":true}]");
    }

    [Fact]
    public void GraphBuilder_ElementsCap_CutsAndSaysSo()
    {
        var builder = new ResultGraphBuilder(new NetworkRegistry([], [], [], []));
        builder.AddRows([[Korea, Sanctions, Russia]]);
        var (full, _) = builder.Build(10);
        full.Nodes.Select(n => n["data"]!["id"]!.GetValue<string>()).ShouldBe(["south-korea", "russia"]);
        full.Edges.Single()["data"]!["source"]!.GetValue<string>().ShouldBe("south-korea");
        full.Truncated.ShouldBeFalse();
        var (cut, _) = builder.Build(2);
        cut.Nodes.Count.ShouldBe(2);
        cut.Edges.ShouldBeEmpty();
        cut.Truncated.ShouldBeTrue();
    }

    [Fact]
    public void GraphBuilder_RelationshipWithoutItsEnds_AsksForThem()
    {
        var builder = new ResultGraphBuilder(new NetworkRegistry([], [], [], []));
        builder.AddRows([[Sanctions]]);
        builder.MissingEnds().ShouldBe(["1", "2"]);
        builder.AddEnds([Korea, Russia]);
        var (graph, withoutEnds) = builder.Build(10);
        graph.Edges.Count.ShouldBe(1);
        withoutEnds.ShouldBe(0);
    }
}
