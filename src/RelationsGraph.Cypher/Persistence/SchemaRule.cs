namespace RelationsGraph.Cypher.Persistence;

/// <summary>A constraint or index: its name, kind ("UNIQUE", "NODE_KEY", "EXISTS" or "INDEX"), whether it is on relationships, label or type, and properties.</summary>
public sealed record SchemaRule(string Name, string Kind, bool ForRelationship, string LabelOrType, IReadOnlyList<string> Properties);
