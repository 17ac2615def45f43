using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// A statement prepared once through SQLite's own API and run many times: binding a blob from a span and
/// stepping costs no parameter objects, no name lookups and no byte[] per row, which is what a commit of
/// tens of thousands of rows is made of. It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        var rc = raw.sqlite3_prepare_v2(db, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            _stmt.Dispose();
            throw Error(db, rc);
        }
    }

    public sqlite3_stmt Handle => _stmt;

    /// <summary>Runs a statement that returns no rows with (id) or (id, blob) bound.</summary>
    public void Execute(long id, ReadOnlySpan<byte> blob = default, bool withBlob = false)
    {
        try
        {
            Check(raw.sqlite3_bind_int64(_stmt, 1, id));
            if (withBlob)
            {
                Check(raw.sqlite3_bind_blob(_stmt, 2, blob));
            }

            var rc = raw.sqlite3_step(_stmt);
            if (rc != raw.SQLITE_DONE)
            {
                throw Error(_db, rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Steps a query: true with a row to read, false at the end.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_stmt);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw Error(_db, rc),
        };
    }

    public void Dispose() => _stmt.Dispose();

    private static SqliteException Error(sqlite3 db, int rc) => new(raw.sqlite3_errmsg(db).utf8_to_string(), rc);

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(_db, rc);
        }
    }
}
