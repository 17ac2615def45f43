using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP APIs, answering from the shapes in the protocol brief
/// (design/neo4j-http.md). Those shapes come from Neo4j's docs and source; they are unverified against a live server.
/// Routes are (method, path) with a queue of answers; the last answer repeats.
/// </summary>
internal sealed class FakeNeo4jServer : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Dictionary<(string Method, string Path), Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>>> _routes = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>Answers <c>GET /</c> with a discovery document.</summary>
    public FakeNeo4jServer WithDiscovery(string json) => On(HttpMethod.Get, "/", Plain(200, json));

    public FakeNeo4jServer On(HttpMethod method, string path, params Func<RecordedRequest, HttpResponseMessage>[] answers) =>
        OnAsync(method, path, answers.Select(a => (Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>)((r, _) => Task.FromResult(a(r)))).ToArray());

    public FakeNeo4jServer OnAsync(HttpMethod method, string path, params Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>[] answers)
    {
        lock (_lock)
        {
            _routes[(method.Method, path)] = new Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>>(answers);
        }

        return this;
    }

    /// <summary>Waits (with a generous guard against hangs) until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        while (_requests.Count < count)
        {
            if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"Expected {count} requests, got {_requests.Count}.");
            }
        }
    }

    public static Func<RecordedRequest, HttpResponseMessage> Plain(int status, string json, string mediaType = "application/json", IReadOnlyDictionary<string, string>? headers = null) =>
        _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        };

    public static Func<RecordedRequest, HttpResponseMessage> Typed(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        Plain(status, json, "application/vnd.neo4j.query", headers);

    public static Func<RecordedRequest, HttpResponseMessage> Text(int status, string text, string mediaType = "text/html") =>
        _ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    /// <summary>The connection cannot be made, as SocketsHttpHandler reports it: nothing was sent.</summary>
    public static Func<RecordedRequest, HttpResponseMessage> Refuse() =>
        _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)", new IOException("refused"));

    /// <summary>The request went out, then the connection reset before any answer: the server may have run it.</summary>
    public static Func<RecordedRequest, HttpResponseMessage> ResetAfterSend() =>
        _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer"));

    /// <summary>The status line arrives, then the connection breaks while the body is read.</summary>
    public static Func<RecordedRequest, HttpResponseMessage> BodyBreaks(int status = 202) =>
        _ => new HttpResponseMessage((HttpStatusCode)status) { Content = new BrokenContent() };

    /// <summary>Never answers; only the caller's timeout or cancellation ends the wait.</summary>
    public static Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, body, request.Content?.Headers.ContentType?.ToString(), headers);
        _requests.Enqueue(recorded);
        _arrived.Release();

        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? answer = null;
        lock (_lock)
        {
            if (_routes.TryGetValue((request.Method.Method, recorded.Path), out var queue) && queue.Count > 0)
            {
                answer = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
            }
        }

        return answer is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("") }
            : await answer(recorded, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _arrived.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class BrokenContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new IOException("Connection reset by peer");

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
