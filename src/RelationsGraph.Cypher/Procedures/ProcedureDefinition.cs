namespace RelationsGraph.Cypher.Procedures;

/// <summary>
/// A procedure callable with CALL. <see cref="Invoke"/> receives the arguments (already checked against
/// <see cref="Inputs"/>) and yields rows with one value per output, in <see cref="Outputs"/> order.
/// A procedure with no outputs is void.
/// </summary>
public sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<ProcedureField> Inputs,
    IReadOnlyList<ProcedureField> Outputs,
    Func<IReadOnlyList<object?>, IEnumerable<IReadOnlyList<object?>>> Invoke,
    bool Writes = false);
