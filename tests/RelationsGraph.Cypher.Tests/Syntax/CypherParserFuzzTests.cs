using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>No input may make the parser crash or hang: it returns an AST or throws a SyntaxError.</summary>
public sealed class CypherParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "MATCH (a:Person {name: 'x'})-[r:KNOWS*1..3]->(b) WHERE a.age > 3 AND b.name STARTS WITH 'B' RETURN a, count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 10",
        "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN [y IN range(0, x) WHERE y > 0 | y ^ 2] AS l, {k: x, m: [1, {a: null}]}",
        "MERGE (n:A {id: $id}) ON CREATE SET n.created = timestamp() ON MATCH SET n += $props, n:Seen REMOVE n.tmp",
        "CALL { MATCH (n) RETURN n UNION ALL MATCH (m)<--() RETURN m AS n } WITH n CALL db.labels() YIELD label AS l RETURN n{.name, l}",
        "MATCH p = shortestPath((a)-[*..5]-(b)) WHERE EXISTS { (a)-->(:X) } RETURN CASE WHEN a.x IS NULL THEN -1 ELSE reduce(s = 0, v IN nodes(p) | s + 1) END",
        "CREATE CONSTRAINT c IF NOT EXISTS FOR (n:Person) REQUIRE (n.a, n.b) IS NODE KEY",
        "FOREACH (i IN [1, 2] | CREATE (:N {v: i, s: '\\u00e9\\'\"', f: -1.5e3, h: 0x1F}))",
    ];

    [Fact]
    public void Parse_TruncatedQueries_OnlyThrowCypherException()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length <= seed.Length; length++)
            {
                ParseSafely(seed[..length]);
            }
        }
    }

    [Fact]
    public void Parse_MutatedQueries_OnlyThrowCypherException()
    {
        var random = new Random(20240601);
        const string alphabet = "()[]{}<>-=.,:;|$*+/%^'\"`\\ \nabcMATCHRETURNWHERE0123456789xé—\u0000\uD800";
        for (var round = 0; round < 3000; round++)
        {
            var chars = Seeds[random.Next(Seeds.Length)].ToCharArray().ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when at < chars.Count:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        if (at < chars.Count)
                        {
                            chars[at] = alphabet[random.Next(alphabet.Length)];
                        }

                        break;
                }
            }

            ParseSafely(new string([.. chars]));
        }
    }

    [Fact]
    public void Parse_RandomTokenSoup_OnlyThrowsCypherException()
    {
        var random = new Random(7);
        string[] tokens = ["(", ")", "[", "]", "{", "}", "-", "->", "<-", ":", ",", ".", "..", "*", "=", "n", "MATCH", "RETURN", "WITH", "WHERE", "1", "'s'", "$p", "|", "IN", "CASE", "WHEN", "END", "EXISTS", "count", "AS", "NOT", "AND", "CALL", "YIELD"];
        for (var round = 0; round < 3000; round++)
        {
            var count = random.Next(1, 30);
            var query = string.Join(' ', Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Length)]));
            ParseSafely(query);
        }
    }

    private static void ParseSafely(string query)
    {
        try
        {
            CypherParser.Parse(query);
        }
        catch (CypherException e)
        {
            e.Code.ShouldBe(StatusCodes.SyntaxError, query);
            e.Line.ShouldNotBeNull(query);
        }
    }
}
