using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Tests.Data;

/// <summary>The API's Cypher run on the embedded engine directly, for what the seed network cannot show.</summary>
public sealed class NetworkQueriesTests : IDisposable
{
    private readonly CypherEngine _engine = new();

    public NetworkQueriesTests()
    {
        _engine.Execute(new QueryRequest("""
            CREATE (a:Actor {id: 'a', name: 'A'}), (b:Actor {id: 'b', name: 'B'}), (c:Actor {id: 'c', name: 'C'}),
                   (d:Actor {id: 'd', name: 'D'}), (e:Actor {id: 'e', name: 'E'}),
                   (a)-[:AID {id: 'a-b', status: 'confirmed'}]->(b),
                   (b)-[:SANCTIONS {id: 'b-c', status: 'reported'}]->(c),
                   (c)-[:AID {id: 'c-a', status: 'confirmed'}]->(a),
                   (d)-[:AID {id: 'd-e', status: 'confirmed'}]->(e),
                   (a)-[:FAMILY {id: 'a-a', status: 'confirmed'}]->(a)
            """, Mode: AccessMode.Write));
    }

    [Fact]
    public void TiesTouchingQuery_TiesAmongTheListedActors_ComeBackOnceEachWithTheirDirection()
    {
        var rows = Touching(["a", "b"], types: null, statuses: null);

        rows.Select(r => r.Id).ShouldBe(["a-a", "a-b", "b-c", "c-a"], ignoreOrder: true);
        rows.Single(r => r.Id == "a-b").ShouldBe(("a-b", "a", "b"));
        rows.Single(r => r.Id == "c-a").ShouldBe(("c-a", "c", "a"));
    }

    [Fact]
    public void TiesTouchingQuery_TypeAndStatusFilters_ApplyToEveryTie()
    {
        Touching(["b"], types: ["AID"], statuses: null).Select(r => r.Id).ShouldBe(["a-b"]);
        Touching(["b", "c"], types: null, statuses: ["reported"]).Select(r => r.Id).ShouldBe(["b-c"]);
    }

    [Fact]
    public void TiesTouchingQuery_UnknownOrEmptyIds_FindNothing()
    {
        Touching(["nobody"], null, null).ShouldBeEmpty();
        Touching([], null, null).ShouldBeEmpty();
    }

    private List<(string Id, string Source, string Target)> Touching(string[] ids, string[]? types, string[]? statuses)
    {
        var result = _engine.Execute(new QueryRequest(NetworkQueries.TiesTouchingQuery, new Dictionary<string, object?>
        {
            ["ids"] = ids.Cast<object?>().ToList(),
            ["types"] = types?.Cast<object?>().ToList(),
            ["statuses"] = statuses?.Cast<object?>().ToList(),
        }));
        var id = result.Columns.ToList().IndexOf("id");
        var source = result.Columns.ToList().IndexOf("source");
        var target = result.Columns.ToList().IndexOf("target");
        return result.Rows.Select(r => ((string)r[id]!, (string)r[source]!, (string)r[target]!)).ToList();
    }

    public void Dispose() => _engine.Dispose();
}
