namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>The tables of a format 2 store file (meta is common to every format).</summary>
internal static class StoreSchema
{
    public const string Version2Tables = """
        CREATE TABLE tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE nodes (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE rels (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS schema_rules (name TEXT PRIMARY KEY, kind TEXT NOT NULL, for_rel INTEGER NOT NULL, label TEXT NOT NULL, props BLOB NOT NULL);
        """;
}
