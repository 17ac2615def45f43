using RelationsGraph.Core.Backend;

namespace RelationsGraph.Cypher.Tests.Execution.Patterns;

/// <summary>
/// A pattern whose first node is unconstrained starts from a scan of the relationships; the same pattern with
/// a label every node carries starts from the nodes. Both must find the same matches, the same number of times.
/// </summary>
public sealed class RelationshipScanTests : IDisposable
{
    private readonly CypherEngine _engine = new();

    public RelationshipScanTests()
    {
        // Two types, both directions, a self-loop of each type, parallel relationships and an isolated node.
        _engine.Execute(new QueryRequest(
            """
            CREATE (a:N {k: 'a'}), (b:N {k: 'b'}), (c:N {k: 'c'}), (:N {k: 'lonely'})
            CREATE (a)-[:T {w: 1}]->(b), (b)-[:T {w: 2}]->(c), (c)-[:T {w: 3}]->(a), (a)-[:T {w: 4}]->(b),
                   (a)-[:U {w: 5}]->(c), (b)-[:U {w: 6}]->(b), (c)-[:T {w: 7}]->(c)
            """,
            Mode: AccessMode.Write));
    }

    [Theory]
    [InlineData("MATCH (x{0})-[r:T]->(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})<-[r:T]-(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})-[r:T]-(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})-[r:T|U]-(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})-[r:T|T]->(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})-[r]-(y{0}) RETURN x.k, r.w, y.k")]
    [InlineData("MATCH ({0})-[r:U]-({0}) RETURN r.w")]
    [InlineData("MATCH (x{0})-[r {{w: 4}}]->(y{0}) RETURN x.k, y.k")]
    [InlineData("MATCH (x{0})-[r:T]->(y{0}) WHERE x.k <> y.k AND r.w > 1 RETURN x.k, r.w, y.k")]
    [InlineData("MATCH (x{0})-[r:T]->(y{0})-[s]->(z{0}) RETURN x.k, r.w, y.k, s.w, z.k")]
    [InlineData("MATCH (x{0})-[r]-(y{0})-[s]-(z{0}) RETURN r.w, s.w")]
    [InlineData("MATCH (x{0})-[r:T]->(y{0}), (z{0})-[s:T]->(w{0}) RETURN r.w, s.w")]
    [InlineData("MATCH p = (x{0})-[r:T]-(y{0}) RETURN [n IN nodes(p) | n.k], r.w")]
    [InlineData("MATCH (x{0})-[r:T*1..2]->(y{0}) RETURN x.k, [e IN r | e.w], y.k")]
    [InlineData("MATCH (x{0})-[r:T]->(y{0}) RETURN r.w, count(*)")]
    [InlineData("MATCH (q:N {{k: 'a'}})-[first:U]->() MATCH (x{0})-[first]->(y{0}) RETURN x.k, y.k")]
    [InlineData("MATCH (x{0}) OPTIONAL MATCH (x)-[r:U]->(y{0}) RETURN x.k, r.w")]
    public void Match_FromARelationshipScan_FindsWhatTheNodeScanFinds(string template)
    {
        var scanned = Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, ""));
        var fromNodes = Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, ":N"));

        scanned.ShouldNotBeEmpty();
        scanned.ShouldBe(fromNodes, ignoreOrder: true);
    }

    [Fact]
    public void Match_UndirectedScan_MeetsASelfLoopOnceAndEveryOtherRelationshipTwice()
    {
        var rows = Run("MATCH ()-[r:T]-() RETURN r.w");

        rows.Order(StringComparer.Ordinal).ShouldBe(["1", "1", "2", "2", "3", "3", "4", "4", "7"]);
    }

    [Fact]
    public void Match_ScanAfterADelete_SkipsTheDeletedRelationship()
    {
        using var tx = _engine.BeginTransaction(AccessMode.Write);
        tx.Execute("MATCH ()-[r:T {w: 1}]->() DELETE r");

        var rows = tx.Execute("MATCH ()-[r:T]->() RETURN r.w ORDER BY r.w").Rows.Select(r => r[0]).ToList();

        rows.ShouldBe([2L, 3L, 4L, 7L]);
    }

    public void Dispose() => _engine.Dispose();

    private List<string> Run(string query) =>
        _engine.Execute(new QueryRequest(query)).Rows.Select(r => string.Join("|", r.Select(Render))).ToList();

    private static string Render(object? value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable list when value is not string => "[" + string.Join(",", list.Cast<object?>().Select(Render)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
