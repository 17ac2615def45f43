namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// The answer's status line arrived but its body could not be read. The statement may already have run, so only
/// reads are retried after this.
/// </summary>
internal sealed class Neo4jResponseLostException : Exception
{
    public Neo4jResponseLostException(int httpStatus, Exception innerException)
        : base($"The body of Neo4j's HTTP {httpStatus} answer could not be read.", innerException)
    {
        HttpStatus = httpStatus;
    }

    public int HttpStatus { get; }
}
