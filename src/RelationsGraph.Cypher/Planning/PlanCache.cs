namespace RelationsGraph.Cypher.Planning;

/// <summary>A bounded least-recently-used cache of planned statements, keyed by query text. Thread-safe.</summary>
internal sealed class PlanCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, StatementPlan Plan)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, StatementPlan Plan)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _map.Count;
            }
        }
    }

    public StatementPlan GetOrAdd(string query, Func<string, StatementPlan> create)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var hit))
            {
                _order.Remove(hit);
                _order.AddFirst(hit);
                return hit.Value.Plan;
            }
        }

        // Planning happens outside the lock; two threads may plan the same text, and the last one wins.
        var plan = create(query);
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var existing))
            {
                _order.Remove(existing);
            }

            var node = _order.AddFirst((query, plan));
            _map[query] = node;
            while (_map.Count > capacity && _order.Last is { } last)
            {
                _map.Remove(last.Value.Key);
                _order.RemoveLast();
            }
        }

        return plan;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
        }
    }
}
