namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// Many readers or one writer. A writer holds the lock for its whole transaction, so readers only ever see
/// committed state: the simplest design that keeps "never see half a write" without copying a graph of a
/// million relationships on every commit. Waiting writers block new readers so a stream of reads cannot
/// starve a write. Unlike ReaderWriterLockSlim this has no thread affinity: an explicit transaction may
/// be driven from different threads (async callers) while it holds the lock.
/// </summary>
internal sealed class GraphLock
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly object _gate = new();
    private int _readers;
    private bool _writer;
    private int _waitingWriters;

    public bool TryEnterRead(DateTimeOffset deadline, TimeProvider clock, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_writer || _waitingWriters > 0)
            {
                if (!Wait(deadline, clock, cancellationToken))
                {
                    return false;
                }
            }

            _readers++;
            return true;
        }
    }

    public void ExitRead()
    {
        lock (_gate)
        {
            _readers--;
            if (_readers == 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    public bool TryEnterWrite(DateTimeOffset deadline, TimeProvider clock, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _waitingWriters++;
            try
            {
                while (_writer || _readers > 0)
                {
                    if (!Wait(deadline, clock, cancellationToken))
                    {
                        return false;
                    }
                }

                _writer = true;
                return true;
            }
            finally
            {
                _waitingWriters--;
                if (!_writer)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    public void ExitWrite()
    {
        lock (_gate)
        {
            _writer = false;
            Monitor.PulseAll(_gate);
        }
    }

    private bool Wait(DateTimeOffset deadline, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var remaining = deadline - clock.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return false;
        }

        Monitor.Wait(_gate, remaining < PollInterval ? remaining : PollInterval);
        return true;
    }
}
