using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Queries;

/// <summary>Every statement of every file in cypher/ (schema, seed, saved queries) parses and binds in the engine.</summary>
public sealed class CypherFilesBindTests
{
    public static TheoryData<string> Files() => new(RelativePaths());

    private static List<string> RelativePaths() =>
        Directory.GetFiles(RepoFiles.Cypher, "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoFiles.Cypher, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Files_CoverSchemaSeedAndQueries()
    {
        var files = RelativePaths();
        files.ShouldContain(f => f.StartsWith("schema", StringComparison.Ordinal));
        files.ShouldContain(f => f.StartsWith("seed", StringComparison.Ordinal));
        files.Count(f => f.StartsWith("queries", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(15);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_EveryStatement_ParsesAndBinds(string relativePath)
    {
        using var engine = new CypherEngine();
        var statements = CypherScript.Split(File.ReadAllText(Path.Combine(RepoFiles.Cypher, relativePath)));
        statements.ShouldNotBeEmpty();
        foreach (var statement in statements)
        {
            var parsed = CypherParser.Parse(statement);
            Should.NotThrow(() => SemanticAnalyzer.Analyze(parsed, engine.Procedures), statement);
        }
    }

    [Fact]
    public void LibraryFiles_AreOneStatementEach()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Cypher, "queries"), "*.cypher"))
        {
            CypherScript.Split(File.ReadAllText(file)).Count.ShouldBe(1, Path.GetFileName(file));
        }
    }
}
