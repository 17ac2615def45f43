using System.Globalization;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>Every text the Neo4j backend shows a user or an operator, in one place.</summary>
internal static class Neo4jMessages
{
    public const string Unavailable = "The graph database is unavailable; retrying in the background.";
    public const string PasswordInFile = "Graph:Neo4j:Password must come from the environment (Graph__Neo4j__Password) or user-secrets, not from a settings file.";
    public const string UriWithCredentials = "Graph:Neo4j:Uri must not carry credentials (user:password@host): give the address alone and set Graph__Neo4j__User and Graph__Neo4j__Password (or Graph__Neo4j__BearerToken).";
    public const string NoUri = "Graph:Neo4j:Uri is not set. Set Graph__Neo4j__Uri (e.g. http://localhost:7474) to use the Neo4j backend.";
    public const string NoEndpoint = "Neo4j at {0} offers neither the Query API (/db/{{db}}/query/v2) nor the transactional endpoint (/db/{{db}}/tx); enable QUERY_API_ENDPOINTS in server.http_enabled_modules.";
    public const string BadCredentials = "Neo4j at {0} refused the credentials of user '{1}' ({2}). Check Graph__Neo4j__User and Graph__Neo4j__Password.";
    public const string UnknownDatabase = "Neo4j at {0} has no database '{1}' ({2}). Check Graph:Neo4j:Database.";
    public const string Unreachable = "Neo4j at {0} did not answer: {1}";
    public const string NotJson = "Neo4j answered HTTP {0} with a body that is not JSON ({1}).";
    public const string NotJsonError = "Neo4j (or a proxy in front of it) answered HTTP {0} with a body that is not JSON ({1}) instead of a Neo4j error; check that Graph:Neo4j:Uri is the server's HTTP address.";
    public const string Unreadable = "Neo4j's HTTP {0} answer ({1}) could not be read: {2}";
    public const string ProxyStatus = "Neo4j (or a proxy in front of it) answered HTTP {0} without a Neo4j error.";
    public const string UnexpectedStatus = "Neo4j answered HTTP {0} without a Neo4j error.";
    public const string Timeout = "The query did not finish within {0} s.";
    public const string TransactionExpired = "The transaction is gone (expired or unknown on the server): {0}";
    public const string TransactionClosed = "The transaction is already committed, rolled back or failed.";
    public const string ExplicitTxUnsupported = "Neo4j {0} supports explicit transactions over HTTP only from 5.26 on, and its legacy endpoint is off.";
    public const string EntityParameter = "Nodes, relationships and paths cannot be sent as parameters.";
    public const string UnsupportedParameter = "A parameter of type {0} cannot be sent to Neo4j.";
    public const string BodyLost = "The connection broke while Neo4j's answer was being read; a write is not resent because it may have been applied.";
    public const string TransportFailed = "Neo4j did not answer: {0}";

    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
