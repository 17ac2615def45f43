using Microsoft.Data.Sqlite;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Rewrites a format 1 file (names as text in every row, a relationship's ends and type in columns of their
/// own) as format 2, in one SQLite transaction: a failure or a kill part-way leaves the format 1 file as it
/// was, to be migrated on the next open.
/// </summary>
internal static class FormatMigration
{
    public static void Version1To2(SqliteConnection connection, TokenTable tokens)
    {
        using var tx = connection.BeginTransaction();
        try
        {
            Run(connection, tx, """
                CREATE TABLE nodes_v2 (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
                CREATE TABLE rels_v2 (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS rels (id INTEGER PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, type TEXT NOT NULL, props BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS schema_rules (name TEXT PRIMARY KEY, kind TEXT NOT NULL, for_rel INTEGER NOT NULL, label TEXT NOT NULL, props BLOB NOT NULL);
                """);
            var pool = new StringPool();
            var labels = new List<string>();
            var properties = new List<KeyValuePair<string, object?>>();
            using (var read = Command(connection, tx, "SELECT id, labels, props FROM nodes"))
            using (var write = Command(connection, tx, "INSERT INTO nodes_v2 (id, data) VALUES ($id, $data)", "$id", "$data"))
            using (var r = read.ExecuteReader())
            {
                while (r.Read())
                {
                    PropertyCodec.DecodeStrings((byte[])r.GetValue(1), pool, labels);
                    PropertyCodec.DecodeProperties((byte[])r.GetValue(2), pool, properties);
                    write.Parameters[0].Value = r.GetInt64(0);
                    write.Parameters[1].Value = PropertyCodec.EncodeNode(labels, properties, tokens);
                    write.ExecuteNonQuery();
                }
            }

            using (var read = Command(connection, tx, "SELECT id, src, dst, type, props FROM rels"))
            using (var write = Command(connection, tx, "INSERT INTO rels_v2 (id, data) VALUES ($id, $data)", "$id", "$data"))
            using (var r = read.ExecuteReader())
            {
                while (r.Read())
                {
                    PropertyCodec.DecodeProperties((byte[])r.GetValue(4), pool, properties);
                    write.Parameters[0].Value = r.GetInt64(0);
                    write.Parameters[1].Value = PropertyCodec.EncodeRelationship(r.GetInt64(1), r.GetInt64(2), r.GetString(3), properties, tokens);
                    write.ExecuteNonQuery();
                }
            }

            Run(connection, tx, """
                DROP TABLE nodes;
                DROP TABLE rels;
                ALTER TABLE nodes_v2 RENAME TO nodes;
                ALTER TABLE rels_v2 RENAME TO rels;
                CREATE TABLE tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                """);
            using (var write = Command(connection, tx, "INSERT INTO tokens (id, name) VALUES ($id, $name)", "$id", "$name"))
            {
                foreach (var (id, name) in tokens.Pending)
                {
                    write.Parameters[0].Value = id;
                    write.Parameters[1].Value = name;
                    write.ExecuteNonQuery();
                }
            }

            Run(connection, tx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('format', '2');");
            tx.Commit();
            tokens.Accept();
        }
        catch
        {
            tokens.Discard();
            throw;
        }

        // The old tables' pages are free now but still in the file; give them back once (the new rows are
        // smaller). A kill during VACUUM leaves the migrated file intact: SQLite rewrites it transactionally.
        using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM";
        vacuum.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        return cmd;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = Command(connection, tx, sql);
        cmd.ExecuteNonQuery();
    }
}
