namespace RelationsGraph.Cypher.Procedures;

/// <summary>
/// A procedure input or output: its name and Cypher type as written in a signature, e.g. <c>INTEGER?</c>,
/// <c>STRING?</c>, <c>FLOAT?</c>, <c>NUMBER?</c>, <c>BOOLEAN?</c>, <c>ANY?</c>, <c>LIST? OF STRING?</c>.
/// </summary>
public sealed record ProcedureField(string Name, string Type);
