using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>Keeps every log line of every category and level, with the text of any exception logged with it.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public ILogger<T> For<T>() => new Typed<T>(CreateLogger(typeof(T).FullName!));

    public void Dispose()
    {
    }

    internal sealed record LogLine(LogLevel Level, string Category, string Text);

    private sealed class Capturing(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue(new LogLine(logLevel, category, exception is null ? formatter(state, null) : $"{formatter(state, exception)} {exception}"));
    }

    private sealed class Typed<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
