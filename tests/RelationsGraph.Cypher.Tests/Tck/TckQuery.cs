namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>One query a TCK scenario runs: a setup query, or a query under test with the compile-time error it expects.</summary>
/// <param name="Scenario">The scenario's stable id (feature path, line, name, outline row).</param>
/// <param name="Text">The query, with outline placeholders filled in.</param>
/// <param name="Procedures">Signatures from the scenario's "there exists a procedure" steps.</param>
/// <param name="CompileTimeDetail">The detail of the error expected at compile time, or null.</param>
/// <param name="IsSetup">Whether the query prepares the graph ("having executed") rather than being tested.</param>
internal sealed record TckQuery(string Scenario, string Text, IReadOnlyList<string> Procedures, string? CompileTimeDetail, bool IsSetup);
