using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// The one pipeline every Neo4j request goes through: retry (outermost, whole unit of work, transient failures
/// only) → circuit breaker (shared by all requests) → per-attempt timeout. The breaker sits inside the retry so that
/// an open circuit ends the retrying at once and the app can answer 503 instead of hanging.
/// </summary>
internal sealed class Neo4jResilience
{
    /// <summary>
    /// Set on a context when sending the request again is not safe once it may have reached the server: a write not
    /// declared idempotent.
    /// </summary>
    public static readonly ResiliencePropertyKey<bool> ResendUnsafe = new("neo4j.resend-unsafe");

    /// <summary>Set on a context for a request inside an explicit transaction: never retried mid-transaction.</summary>
    public static readonly ResiliencePropertyKey<bool> NoRetry = new("neo4j.no-retry");

    /// <summary>The per-attempt timeout of this request.</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("neo4j.attempt-timeout");

    private static readonly ResiliencePropertyKey<long> StartedAt = new("neo4j.started-at");

    private readonly Neo4jOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;

    public Neo4jResilience(Neo4jOptions options, TimeProvider time, Func<double>? random = null)
    {
        _options = options;
        _time = time;
        _random = random ?? Random.Shared.NextDouble;
        Pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context, args.AttemptNumber)),
                MaxRetryAttempts = int.MaxValue,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.AttemptNumber, args.Outcome.Exception)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsInfrastructureFailure(args.Outcome.Exception)),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                StateProvider = BreakerState,
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(AttemptTimeout, out var timeout) ? timeout : options.QueryTimeout + options.TimeoutGrace),
            })
            .Build();
        // Only the decision to start a unit over: its requests go through Pipeline, with the breaker and timeouts.
        _unitPipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsUnitRetriable(args.Outcome.Exception) && WithinBudget(args.Context, args.AttemptNumber)),
                MaxRetryAttempts = int.MaxValue,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.AttemptNumber, args.Outcome.Exception)),
            })
            .Build();
    }

    private readonly ResiliencePipeline _unitPipeline;

    public ResiliencePipeline Pipeline { get; }

    public CircuitBreakerStateProvider BreakerState { get; } = new();

    /// <summary>Runs <paramref name="attempt"/> under the pipeline; each call of it is one whole unit of work.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, bool resendUnsafe, bool noRetry, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(ResendUnsafe, resendUnsafe);
            context.Properties.Set(NoRetry, noRetry);
            context.Properties.Set(AttemptTimeout, attemptTimeout);
            context.Properties.Set(StartedAt, _time.GetTimestamp());
            return await Pipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false),
                context,
                attempt).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, attemptTimeout) is { } translated)
        {
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Runs a whole unit of work (begin, its statements, commit). An idempotent unit is run again from the start, in a
    /// new transaction, after a transient failure anywhere in it, with the same back-off and budget as one request; any
    /// other unit runs once.
    /// </summary>
    public async Task<T> ExecuteUnitAsync<T>(Func<CancellationToken, Task<T>> unit, bool idempotent, CancellationToken cancellationToken)
    {
        if (!idempotent)
        {
            return await unit(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(StartedAt, _time.GetTimestamp());
            return await _unitPipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false),
                context,
                unit).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Whether an idempotent unit may start over after <paramref name="exception"/>, which its requests have already
    /// turned into a <see cref="CypherException"/>: a transient code from the server (the transaction was rolled back),
    /// a transaction the server no longer knows, or a request whose answer never came. Not while the circuit is open,
    /// and never after a client error.
    /// </summary>
    public static bool IsUnitRetriable(Exception? exception) => exception switch
    {
        null or OperationCanceledException => false,
        CypherException { InnerException: BrokenCircuitException } => false,
        CypherException { InnerException: TimeoutRejectedException or HttpRequestException or Neo4jResponseLostException } => true,
        CypherException { Code: StatusCodes.TransactionNotFound } => true,
        _ => IsRetriable(exception, resendUnsafe: false),
    };

    /// <summary>
    /// Transient failures only: a connection that could not be made (nothing was sent), <c>Neo.TransientError.*</c>
    /// from the body (the transaction was rolled back) and proxy statuses. Client errors never. When the request may
    /// have reached the server and its answer never came (a timeout, a connection reset after sending, a body that
    /// broke, a gateway's 502/504), only a request that is safe to resend is retried: a read, or an idempotent write.
    /// </summary>
    public static bool IsRetriable(Exception? exception, bool resendUnsafe) => exception switch
    {
        null or OperationCanceledException => false,
        TimeoutRejectedException => !resendUnsafe,
        HttpRequestException transport => NeverSent(transport) || !resendUnsafe,
        Neo4jResponseLostException => !resendUnsafe,
        Neo4jServerException { FromServerBody: false, HttpStatus: 502 or 504 } => !resendUnsafe,
        CypherException cypher => IsRetriableCode(cypher.Code),
        _ => false,
    };

    /// <summary>Failures while the connection was being made: the request never left, so any request may be sent again.</summary>
    public static bool NeverSent(HttpRequestException exception) => exception.HttpRequestError
        is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;

    /// <summary>Every <c>Neo.TransientError.*</c> except the two that mean the transaction was ended on purpose.</summary>
    public static bool IsRetriableCode(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && code != "Neo.TransientError.Transaction.Terminated"
        && code != "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>Failures that say the store (not the query) is in trouble; these count towards opening the circuit.</summary>
    public static bool IsInfrastructureFailure(Exception? exception) => exception switch
    {
        null or OperationCanceledException => false,
        TimeoutRejectedException or HttpRequestException or Neo4jResponseLostException => true,
        Neo4jServerException { FromServerBody: false, HttpStatus: >= 500 or 429 } => true,
        CypherException cypher => cypher.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            || cypher.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>First delay <see cref="Neo4jOptions.RetryInitialDelay"/>, doubling, ±20 % jitter; at least a server's Retry-After.</summary>
    public TimeSpan DelayFor(int attemptNumber, Exception? exception)
    {
        var baseDelay = _options.RetryInitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 16));
        var jittered = TimeSpan.FromMilliseconds(baseDelay * (0.8 + (0.4 * _random())));
        return exception is Neo4jServerException { RetryAfter: { } retryAfter } && retryAfter > jittered ? retryAfter : jittered;
    }

    private bool ShouldRetry(Exception? exception, ResilienceContext context, int attemptNumber)
    {
        if (context.Properties.TryGetValue(NoRetry, out var noRetry) && noRetry)
        {
            return false;
        }

        var resendUnsafe = context.Properties.TryGetValue(ResendUnsafe, out var unsafeToResend) && unsafeToResend;
        if (!IsRetriable(exception, resendUnsafe))
        {
            return false;
        }

        return WithinBudget(context, attemptNumber);
    }

    /// <summary>At least two attempts; after that, only while the retry budget lasts.</summary>
    private bool WithinBudget(ResilienceContext context, int attemptNumber)
    {
        var started = context.Properties.GetValue(StartedAt, _time.GetTimestamp());
        return attemptNumber == 0 || _time.GetElapsedTime(started) < _options.MaxRetryTime;
    }

    /// <summary>What the caller sees instead of a Polly or transport exception; null to let the exception through.</summary>
    private static CypherException? Translate(Exception exception, TimeSpan attemptTimeout) => exception switch
    {
        BrokenCircuitException broken => new CypherException(StatusCodes.ServiceUnavailable, Neo4jMessages.Unavailable, innerException: broken),
        TimeoutRejectedException timeout => new CypherException(
            StatusCodes.TransactionTimedOut, Neo4jMessages.Format(Neo4jMessages.Timeout, Math.Round(attemptTimeout.TotalSeconds, 1)), innerException: timeout),
        HttpRequestException transport => new CypherException(
            StatusCodes.ServiceUnavailable, Neo4jMessages.Format(Neo4jMessages.TransportFailed, transport.Message), innerException: transport),
        Neo4jResponseLostException lost => new CypherException(StatusCodes.ServiceUnavailable, Neo4jMessages.BodyLost, innerException: lost),
        _ => null,
    };
}
