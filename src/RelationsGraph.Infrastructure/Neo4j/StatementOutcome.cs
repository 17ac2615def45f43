using RelationsGraph.Core.Backend;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>What one statement returned, with the bookmarks its commit produced (empty inside an open transaction).</summary>
internal sealed record StatementOutcome(QueryResult Result, IReadOnlyList<string> Bookmarks);
