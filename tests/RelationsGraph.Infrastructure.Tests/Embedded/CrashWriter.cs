using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure.Tests.Embedded;

/// <summary>The writer process of the kill -9 test: commits numbered nodes forever, reporting each commit.</summary>
public static class CrashWriter
{
    public const string Verb = "--crash-writer";

    public static int Run(string path)
    {
        var persistence = new SqliteGraphPersistence(path);
        var engine = new CypherEngine(persistence: persistence);
        for (long i = 0; ; i++)
        {
            engine.Execute(new QueryRequest("CREATE (:Tick {i: $i, pad: $pad})", new Dictionary<string, object?> { ["i"] = i, ["pad"] = new string('x', 200) }, AccessMode.Write));
            Console.Out.WriteLine("committed " + i);
            Console.Out.Flush();
        }
    }
}
