using Microsoft.Data.Sqlite;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Keeps the embedded graph in one SQLite file: a row per node and per relationship, in a compact binary
/// encoding with names as tokens (see <see cref="PropertyCodec"/>). WAL mode with synchronous=FULL, one SQLite
/// transaction per graph transaction, so a committed write survives kill -9 and power loss, and a failed one
/// leaves the file as it was. A file of an older format is migrated when opened.
/// </summary>
internal sealed class SqliteGraphPersistence : IGraphPersistence
{
    /// <summary>The format this build writes: 2 (tokens). Format 1 files are migrated on open.</summary>
    public const int FormatVersion = 2;

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly TokenTable _tokens = new();
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> _raw = new(StringComparer.Ordinal);

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
        OpenFormat();
    }

    /// <summary>The SQLite file (":memory:" for none).</summary>
    public string Path { get; }

    public void Load(IGraphLoadSink sink)
    {
        lock (_gate)
        {
            sink.Prepare(ScalarLong("SELECT coalesce(max(id), -1) + 1 FROM nodes"), ScalarLong("SELECT coalesce(max(id), -1) + 1 FROM rels"));
            var pool = new StringPool();
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = "SELECT name, kind, for_rel, label, props FROM schema_rules ORDER BY name";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    sink.AddSchemaRule(new SchemaRule(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, r.GetString(3), PropertyCodec.DecodeStrings((byte[])r.GetValue(4), pool)));
                }
            }

            StoreScan.Run(_connection.Handle!, _tokens.ToArray(), pool, sink);
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
            try
            {
                WriteChanges(changes, tx);
                WritePendingTokens(tx);
                tx.Commit();
                _tokens.Accept();
            }
            catch
            {
                _tokens.Discard();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var cmd in _commands.Values)
            {
                cmd.Dispose();
            }

            foreach (var stmt in _raw.Values)
            {
                stmt.Dispose();
            }

            _commands.Clear();
            _raw.Clear();
            _connection.Dispose();
        }
    }

    private void WriteChanges(GraphChangeSet changes, SqliteTransaction tx)
    {
        foreach (var id in changes.DeletedRelationshipIds)
        {
            Raw("DELETE FROM rels WHERE id = ?1").Execute(id);
        }

        foreach (var id in changes.DeletedNodeIds)
        {
            Raw("DELETE FROM nodes WHERE id = ?1").Execute(id);
        }

        foreach (var node in changes.UpsertedNodes)
        {
            Raw("INSERT OR REPLACE INTO nodes (id, data) VALUES (?1, ?2)")
                .Execute(node.Id, PropertyCodec.EncodeNodeInPlace(node.Labels, node.Properties, _tokens), withBlob: true);
        }

        foreach (var rel in changes.UpsertedRelationships)
        {
            Raw("INSERT OR REPLACE INTO rels (id, data) VALUES (?1, ?2)")
                .Execute(rel.Id, PropertyCodec.EncodeRelationshipInPlace(rel.StartNodeId, rel.EndNodeId, rel.Type, rel.Properties, _tokens), withBlob: true);
        }

        if (changes.Schema is { } schema)
        {
            Command(tx, "DELETE FROM schema_rules").ExecuteNonQuery();
            var ins = Command(tx, "INSERT INTO schema_rules (name, kind, for_rel, label, props) VALUES ($n, $k, $r, $l, $p)", "$n", "$k", "$r", "$l", "$p");
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
    }

    private void WritePendingTokens(SqliteTransaction tx)
    {
        SqliteCommand? ins = null;
        foreach (var (id, name) in _tokens.Pending)
        {
            ins ??= Command(tx, "INSERT INTO tokens (id, name) VALUES ($id, $name)", "$id", "$name");
            ins.Parameters[0].Value = id;
            ins.Parameters[1].Value = name;
            ins.ExecuteNonQuery();
        }
    }

    /// <summary>A statement for the row writes, prepared once per connection.</summary>
    private RawStatement Raw(string sql)
    {
        if (!_raw.TryGetValue(sql, out var stmt))
        {
            stmt = new RawStatement(_connection.Handle!, sql);
            _raw[sql] = stmt;
        }

        return stmt;
    }

    /// <summary>A prepared command kept for the life of the connection: every commit reuses SQLite's compiled statement.</summary>
    private SqliteCommand Command(SqliteTransaction tx, string sql, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var p in parameters)
            {
                cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
            }

            cmd.Transaction = tx;
            cmd.Prepare();
            _commands[sql] = cmd;
        }

        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private long ScalarLong(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void OpenFormat()
    {
        Execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        string? format;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT value FROM meta WHERE key = 'format'";
            format = cmd.ExecuteScalar() as string;
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'nodes'";
            if (format is null && Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                // Format 1 created its tables before it wrote its format row: a file cut off in between is format 1.
                format = "1";
            }
        }

        if (format is null)
        {
            using var tx = _connection.BeginTransaction();
            using var create = _connection.CreateCommand();
            create.Transaction = tx;
            create.CommandText = $"""
                {StoreSchema.Version2Tables}
                INSERT INTO meta (key, value) VALUES ('format', '{FormatVersion}');
                """;
            create.ExecuteNonQuery();
            tx.Commit();
        }
        else if (format == "1")
        {
            FormatMigration.Version1To2(_connection, _tokens);
        }
        else if (format != FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"The store file '{Path}' has format {format}; this build reads formats 1 and {FormatVersion}.");
        }

        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT id, name FROM tokens";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                _tokens.Load(checked((int)r.GetInt64(0)), r.GetString(1));
            }
        }

        _tokens.Accept();
    }
}
