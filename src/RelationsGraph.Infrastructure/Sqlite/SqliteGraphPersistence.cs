using Microsoft.Data.Sqlite;
using SQLitePCL;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Keeps the embedded graph in one SQLite file: a row per node and per relationship, properties in a compact
/// binary encoding. WAL mode with synchronous=FULL, one SQLite transaction per graph transaction, so a
/// committed write survives kill -9 and power loss, and a failed one leaves the file as it was.
/// </summary>
internal sealed class SqliteGraphPersistence : IGraphPersistence
{
    private const int FormatVersion = 1;
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteGraphPersistence(string path)
    {
        Path = path;
        var inMemory = path == ":memory:";
        if (!inMemory)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = inMemory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("PRAGMA foreign_keys=OFF;");
        Execute("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS nodes (id INTEGER PRIMARY KEY, labels BLOB NOT NULL, props BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS rels (id INTEGER PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, type TEXT NOT NULL, props BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS schema_rules (name TEXT PRIMARY KEY, kind TEXT NOT NULL, for_rel INTEGER NOT NULL, label TEXT NOT NULL, props BLOB NOT NULL);
            """);
        CheckFormat();
    }

    /// <summary>The SQLite file (":memory:" for none).</summary>
    public string Path { get; }

    public void Load(IGraphLoadSink sink)
    {
        lock (_gate)
        {
            // The scan reads through SQLite's own API: blobs come as spans into SQLite's page buffer, so a row
            // costs no byte[] and no boxed column, and the lists handed to the sink are reused row after row.
            var db = _connection.Handle!;
            var pool = new StringPool();
            sink.Prepare(ScalarLong("SELECT coalesce(max(id), -1) + 1 FROM nodes"), ScalarLong("SELECT coalesce(max(id), -1) + 1 FROM rels"));
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = "SELECT name, kind, for_rel, label, props FROM schema_rules ORDER BY name";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    sink.AddSchemaRule(new SchemaRule(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, r.GetString(3), PropertyCodec.DecodeStrings((byte[])r.GetValue(4), pool)));
                }
            }

            var labels = new List<string>(4);
            var properties = new List<KeyValuePair<string, object?>>(8);
            using (var stmt = Statement(db, "SELECT id, labels, props FROM nodes ORDER BY id"))
            {
                while (Step(db, stmt))
                {
                    PropertyCodec.DecodeStrings(raw.sqlite3_column_blob(stmt, 1), pool, labels);
                    PropertyCodec.DecodeProperties(raw.sqlite3_column_blob(stmt, 2), pool, properties);
                    sink.AddNode(raw.sqlite3_column_int64(stmt, 0), labels, properties);
                }
            }

            using (var stmt = Statement(db, "SELECT id, src, dst, type, props FROM rels ORDER BY id"))
            {
                while (Step(db, stmt))
                {
                    var type = pool.Get(raw.sqlite3_column_blob(stmt, 3));
                    PropertyCodec.DecodeProperties(raw.sqlite3_column_blob(stmt, 4), pool, properties);
                    sink.AddRelationship(raw.sqlite3_column_int64(stmt, 0), raw.sqlite3_column_int64(stmt, 1), raw.sqlite3_column_int64(stmt, 2), type, properties);
                }
            }
        }
    }

    public void Commit(GraphChangeSet changes)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            if (changes.DeletedRelationshipIds.Count > 0)
            {
                using var del = Prepare(tx, "DELETE FROM rels WHERE id = $id", "$id");
                foreach (var id in changes.DeletedRelationshipIds)
                {
                    del.Parameters[0].Value = id;
                    del.ExecuteNonQuery();
                }
            }

            if (changes.DeletedNodeIds.Count > 0)
            {
                using var del = Prepare(tx, "DELETE FROM nodes WHERE id = $id", "$id");
                foreach (var id in changes.DeletedNodeIds)
                {
                    del.Parameters[0].Value = id;
                    del.ExecuteNonQuery();
                }
            }

            if (changes.UpsertedNodes.Count > 0)
            {
                using var up = Prepare(tx, "INSERT OR REPLACE INTO nodes (id, labels, props) VALUES ($id, $labels, $props)", "$id", "$labels", "$props");
                foreach (var node in changes.UpsertedNodes)
                {
                    up.Parameters[0].Value = node.Id;
                    up.Parameters[1].Value = PropertyCodec.EncodeStrings(node.Labels);
                    up.Parameters[2].Value = PropertyCodec.EncodeProperties(node.Properties);
                    up.ExecuteNonQuery();
                }
            }

            if (changes.UpsertedRelationships.Count > 0)
            {
                using var up = Prepare(tx, "INSERT OR REPLACE INTO rels (id, src, dst, type, props) VALUES ($id, $src, $dst, $type, $props)", "$id", "$src", "$dst", "$type", "$props");
                foreach (var rel in changes.UpsertedRelationships)
                {
                    up.Parameters[0].Value = rel.Id;
                    up.Parameters[1].Value = rel.StartNodeId;
                    up.Parameters[2].Value = rel.EndNodeId;
                    up.Parameters[3].Value = rel.Type;
                    up.Parameters[4].Value = PropertyCodec.EncodeProperties(rel.Properties);
                    up.ExecuteNonQuery();
                }
            }

            if (changes.Schema is { } schema)
            {
                using (var clear = _connection.CreateCommand())
                {
                    clear.Transaction = tx;
                    clear.CommandText = "DELETE FROM schema_rules";
                    clear.ExecuteNonQuery();
                }

                using var ins = Prepare(tx, "INSERT INTO schema_rules (name, kind, for_rel, label, props) VALUES ($n, $k, $r, $l, $p)", "$n", "$k", "$r", "$l", "$p");
                foreach (var rule in schema)
                {
                    ins.Parameters[0].Value = rule.Name;
                    ins.Parameters[1].Value = rule.Kind;
                    ins.Parameters[2].Value = rule.ForRelationship ? 1 : 0;
                    ins.Parameters[3].Value = rule.LabelOrType;
                    ins.Parameters[4].Value = PropertyCodec.EncodeStrings(rule.Properties);
                    ins.ExecuteNonQuery();
                }
            }

            tx.Commit();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private static sqlite3_stmt Statement(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
        if (rc != raw.SQLITE_OK)
        {
            stmt.Dispose();
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }

        return stmt;
    }

    private static bool Step(sqlite3 db, sqlite3_stmt stmt)
    {
        var rc = raw.sqlite3_step(stmt);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc),
        };
    }

    private long ScalarLong(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Prepare(SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        cmd.Prepare();
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void CheckFormat()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'format'";
        var existing = cmd.ExecuteScalar() as string;
        if (existing is null)
        {
            cmd.CommandText = "INSERT INTO meta (key, value) VALUES ('format', $v)";
            cmd.Parameters.AddWithValue("$v", FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
        }
        else if (existing != FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"The store file '{Path}' has format {existing}; this build reads format {FormatVersion}.");
        }
    }
}
