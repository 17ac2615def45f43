namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>The five instant types a temporal constructor function can build.</summary>
internal enum TemporalKind
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
}
