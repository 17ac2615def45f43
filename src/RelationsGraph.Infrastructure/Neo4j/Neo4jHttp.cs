using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// Sends one HTTP request to Neo4j with credentials and reads the JSON answer. Every failure is thrown: transport
/// failures as <see cref="HttpRequestException"/>, a lost body as <see cref="Neo4jResponseLostException"/>, and
/// anything Neo4j or a proxy reported as <see cref="Neo4jServerException"/>.
/// </summary>
internal sealed class Neo4jHttp
{
    public const string TypedMediaType = "application/vnd.neo4j.query";
    public const string JsonMediaType = "application/json";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    /// <summary>
    /// Bodies go to Neo4j, never into a page, so only what JSON requires is escaped ("+02:00" stays readable).
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Func<HttpClient> _clientFactory;
    private readonly Uri _baseUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeProvider _time;

    public Neo4jHttp(Func<HttpClient> clientFactory, Neo4jOptions options, TimeProvider time)
    {
        _time = time;
        // A client per request lets IHttpClientFactory rotate handlers (DNS changes, e.g. an Aura failover).
        _clientFactory = clientFactory;
        var uri = options.Uri ?? throw new InvalidOperationException(Neo4jMessages.NoUri);
        // Userinfo would be logged with the address and sent in no header; credentials belong in User/Password.
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidOperationException(Neo4jMessages.UriWithCredentials);
        }

        // A trailing slash makes relative paths append to any path prefix the base has (e.g. behind a proxy).
        _baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            // Passed verbatim: the server does not base64-decode bearer tokens.
            _authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        else if (!string.IsNullOrEmpty(options.User) || !string.IsNullOrEmpty(options.Password))
        {
            var raw = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }
    }

    public Uri BaseUri => _baseUri;

    /// <summary>Sends a request whose body (if any) is written by <paramref name="writeBody"/>.</summary>
    public async Task<Neo4jHttpResponse> SendAsync(
        HttpMethod method,
        string path,
        Action<Utf8JsonWriter>? writeBody,
        bool typed,
        IReadOnlyDictionary<string, string>? headers,
        bool authenticate,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUri, path));
        request.Headers.Accept.ParseAdd(typed ? TypedMediaType : JsonMediaType);
        if (typed)
        {
            request.Headers.Accept.ParseAdd(JsonMediaType + ";q=0.9");
        }

        if (authenticate && _authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }

        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (writeBody is not null)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writeBody(writer);
            }

            var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
            // Without a charset parameter, as the official driver sends it.
            content.Headers.ContentType = new MediaTypeHeaderValue(typed ? TypedMediaType : JsonMediaType);
            request.Content = content;
        }

        using var response = await _clientFactory().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var retryAfter = ReadRetryAfter(response);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        var location = response.Headers.Location;

        byte[] bytes;
        try
        {
            bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new Neo4jResponseLostException(status, ex);
        }

        JsonDocument? document = null;
        if (bytes.Length > 0)
        {
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                document = null;
            }
        }

        if (document is null)
        {
            if (status is >= 200 and < 300 && bytes.Length == 0)
            {
                // A rollback may answer with an empty body; that is success.
                return new Neo4jHttpResponse(status, JsonDocument.Parse("{}"), mediaType, affinity, location);
            }

            throw Neo4jErrorReader.FromStatus(status, retryAfter, mediaType, bodyWasJson: false);
        }

        var error = Neo4jErrorReader.FromBody(document.RootElement, status, retryAfter);
        if (error is not null)
        {
            document.Dispose();
            throw error;
        }

        if (status is < 200 or >= 300)
        {
            document.Dispose();
            throw Neo4jErrorReader.FromStatus(status, retryAfter, mediaType, bodyWasJson: true);
        }

        return new Neo4jHttpResponse(status, document, mediaType, affinity, location);
    }

    /// <summary>Retry-After as seconds, or as an HTTP date measured on the injected clock (so fake time can test it).</summary>
    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is not { } date)
        {
            return null;
        }

        var wait = date - _time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
