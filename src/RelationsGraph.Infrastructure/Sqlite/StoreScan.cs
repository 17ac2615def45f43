using System.Collections.Concurrent;
using RelationsGraph.Cypher.Persistence;
using SQLitePCL;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Reads every node and relationship row of a format 2 file into a load sink, as a two-stage pipeline: a
/// reader thread steps SQLite and decodes rows into batches while the calling thread hands decoded batches to
/// the sink (which builds the graph). On two cores the decoding and the building overlap; the sink is still
/// only ever called from the calling thread.
/// </summary>
/// <remarks>
/// The reader goes through SQLite's own API: a blob comes as a span into SQLite's page buffer, so a row costs
/// no byte[] and no boxed column. Batches are recycled, so the pipeline allocates nothing per row beyond
/// the decoded values themselves.
/// </remarks>
internal static class StoreScan
{
    private const int BatchRows = 2048;
    private const int BatchesInFlight = 4;

    public static void Run(sqlite3 db, string[] tokens, StringPool pool, IGraphLoadSink sink)
    {
        using var cancel = new CancellationTokenSource();
        using var full = new BlockingCollection<Batch>(BatchesInFlight);
        using var free = new BlockingCollection<Batch>();
        for (var i = 0; i < BatchesInFlight + 2; i++)
        {
            free.Add(new Batch());
        }

        Exception? readerError = null;
        var reader = new Thread(() =>
        {
            try
            {
                Read(db, tokens, pool, full, free, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // The calling thread gave up (its sink threw); its exception is the one to report.
            }
            catch (Exception ex)
            {
                readerError = ex;
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "RelationsGraph store scan",
        };
        reader.Start();
        try
        {
            var properties = new ListSlice<KeyValuePair<string, object?>>();
            var labels = new ListSlice<string>();
            foreach (var batch in full.GetConsumingEnumerable())
            {
                Deliver(batch, sink, labels, properties);
                batch.Clear();
                free.Add(batch);
            }
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        finally
        {
            reader.Join();
        }

        if (readerError is not null)
        {
            throw new InvalidDataException("The store file could not be read: " + readerError.Message, readerError);
        }
    }

    private static void Deliver(Batch batch, IGraphLoadSink sink, ListSlice<string> labels, ListSlice<KeyValuePair<string, object?>> properties)
    {
        var labelStart = 0;
        var propertyStart = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            properties.Set(batch.Properties, propertyStart, batch.PropertyEnds[i] - propertyStart);
            propertyStart = batch.PropertyEnds[i];
            if (batch.Nodes)
            {
                labels.Set(batch.Labels, labelStart, batch.LabelEnds[i] - labelStart);
                labelStart = batch.LabelEnds[i];
                sink.AddNode(batch.Ids[i], labels, properties);
            }
            else
            {
                sink.AddRelationship(batch.Ids[i], batch.Starts[i], batch.Ends[i], batch.Types[i], properties);
            }
        }
    }

    private static void Read(sqlite3 db, string[] tokens, StringPool pool, BlockingCollection<Batch> full, BlockingCollection<Batch> free, CancellationToken cancel)
    {
        foreach (var nodes in new[] { true, false })
        {
            using var query = new RawStatement(db, nodes ? "SELECT id, data FROM nodes ORDER BY id" : "SELECT id, data FROM rels ORDER BY id");
            var stmt = query.Handle;
            var batch = free.Take(cancel);
            batch.Nodes = nodes;
            while (query.Step())
            {
                var i = batch.Count;
                batch.Ids[i] = raw.sqlite3_column_int64(stmt, 0);
                var data = raw.sqlite3_column_blob(stmt, 1);
                if (nodes)
                {
                    PropertyCodec.DecodeNode(data, tokens, pool, batch.Labels, batch.Properties);
                    batch.LabelEnds[i] = batch.Labels.Count;
                }
                else
                {
                    PropertyCodec.DecodeRelationship(data, tokens, pool, out batch.Starts[i], out batch.Ends[i], out batch.Types[i], batch.Properties);
                }

                batch.PropertyEnds[i] = batch.Properties.Count;
                batch.Count++;
                if (batch.Count == BatchRows)
                {
                    full.Add(batch, cancel);
                    batch = free.Take(cancel);
                    batch.Nodes = nodes;
                }
            }

            if (batch.Count > 0)
            {
                full.Add(batch, cancel);
            }
            else
            {
                free.Add(batch, cancel);
            }
        }
    }

    /// <summary>Decoded rows: fixed columns in arrays, labels and properties flattened with an end index per row.</summary>
    private sealed class Batch
    {
        public bool Nodes { get; set; }

        public int Count { get; set; }

        public long[] Ids { get; } = new long[BatchRows];

        public long[] Starts { get; } = new long[BatchRows];

        public long[] Ends { get; } = new long[BatchRows];

        public string[] Types { get; } = new string[BatchRows];

        public int[] LabelEnds { get; } = new int[BatchRows];

        public int[] PropertyEnds { get; } = new int[BatchRows];

        public List<string> Labels { get; } = new(BatchRows);

        public List<KeyValuePair<string, object?>> Properties { get; } = new(BatchRows * 4);

        public void Clear()
        {
            Count = 0;
            Labels.Clear();
            Properties.Clear();
            Array.Clear(Types);
        }
    }
}
