using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>
/// A fake clock that reports each timer created with a due time not in <see cref="IgnoredDueTimes"/>. Retry
/// back-off and breaker waits show up here, so a test can advance time exactly as far as the code waits.
/// </summary>
internal sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly SemaphoreSlim _created = new(0);

    public SignallingTimeProvider()
        : base(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Timers with these due times (per-attempt timeouts and keep-alives in these tests) are not reported.</summary>
    public HashSet<TimeSpan> IgnoredDueTimes { get; } = [TimeSpan.FromHours(1), TimeSpan.FromHours(2)];

    public IReadOnlyList<TimeSpan> Delays => _delays.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (!IgnoredDueTimes.Contains(dueTime) && dueTime != Timeout.InfiniteTimeSpan)
        {
            _delays.Enqueue(dueTime);
            _created.Release();
        }

        return timer;
    }

    /// <summary>Waits (guarded against hangs) until the <paramref name="count"/>-th reported timer exists, and returns its due time.</summary>
    public async Task<TimeSpan> WaitForDelayAsync(int count)
    {
        while (_delays.Count < count)
        {
            if (!await _created.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"Expected {count} timers, got {_delays.Count}.");
            }
        }

        return _delays.ToArray()[count - 1];
    }
}
