using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Cypher.Graph;

/// <summary>Schema: constraints and indexes, their enforcement and the property indexes behind them.</summary>
internal sealed partial class GraphStore
{
    // Shared answers for a store without indexes (the common case of every write): never added to.
    private static readonly List<PropertyIndex> NoIndexes = [];
    private static readonly List<RelationshipIndex> NoRelationshipIndexes = [];
    private readonly List<SchemaRule> _rules = [];
    private readonly List<SchemaRule> _existenceRules = [];
    private readonly Dictionary<string, PropertyIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipIndex> _relIndexes = new(StringComparer.Ordinal);

    public IReadOnlyList<SchemaRule> Rules => _rules;

    /// <summary>Bumped on every schema change so cached plans can tell.</summary>
    public int SchemaVersion { get; private set; }

    // Single-property lookups run for every row a MATCH seeks from: compare with the few indexes there are
    // instead of building a composite key string per lookup.
    public PropertyIndex? FindIndex(string label, string property)
    {
        foreach (var index in _indexes.Values)
        {
            if (index.Properties.Count == 1 && string.Equals(index.Label, label, StringComparison.Ordinal)
                && string.Equals(index.Properties[0], property, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return null;
    }

    public RelationshipIndex? FindRelationshipIndex(string type, string property)
    {
        foreach (var index in _relIndexes.Values)
        {
            if (index.Properties.Count == 1 && string.Equals(index.Type, type, StringComparison.Ordinal)
                && string.Equals(index.Properties[0], property, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return null;
    }

    public PropertyIndex? FindIndex(string label, IReadOnlyList<string> properties) =>
        _indexes.GetValueOrDefault(IndexKey(label, properties));

    /// <summary>Adds a rule; false when an equivalent one exists and <paramref name="ifNotExists"/> is set.</summary>
    public bool CreateRule(SchemaRule rule, bool ifNotExists)
    {
        var session = Session ?? throw new InvalidOperationException("Schema written outside a write transaction.");
        foreach (var existing in _rules)
        {
            if (Equivalent(existing, rule))
            {
                return ifNotExists ? false : throw EngineErrors.EquivalentSchemaRule(existing.Name);
            }

            if (string.Equals(existing.Name, rule.Name, StringComparison.Ordinal))
            {
                return ifNotExists ? false : throw EngineErrors.SchemaNameTaken(rule.Name);
            }
        }

        if (rule.Kind is "UNIQUE" or "NODE_KEY")
        {
            VerifyUnique(rule);
        }

        if (rule.Kind is "EXISTS" or "NODE_KEY")
        {
            VerifyExistence(rule);
        }

        AttachRule(rule);
        session.SchemaChanged = true;
        SchemaVersion++;
        session.Record(() =>
        {
            DetachRule(rule);
            SchemaVersion++;
        });
        return true;
    }

    /// <summary>Drops the named rule; false when there is none and <paramref name="ifExists"/> is set.</summary>
    public bool DropRule(string name, bool constraint, bool ifExists)
    {
        var session = Session ?? throw new InvalidOperationException("Schema written outside a write transaction.");
        var rule = _rules.Find(r => string.Equals(r.Name, name, StringComparison.Ordinal) && (r.Kind == "INDEX") != constraint);
        if (rule is null)
        {
            return ifExists ? false : throw EngineErrors.DropMissing(constraint, name);
        }

        DetachRule(rule);
        session.SchemaChanged = true;
        SchemaVersion++;
        session.Record(() =>
        {
            AttachRule(rule);
            SchemaVersion++;
        });
        return true;
    }

    private static bool Equivalent(SchemaRule a, SchemaRule b) =>
        a.Kind == b.Kind && a.ForRelationship == b.ForRelationship
        && string.Equals(a.LabelOrType, b.LabelOrType, StringComparison.Ordinal)
        && a.Properties.SequenceEqual(b.Properties, StringComparer.Ordinal);

    private static string IndexKey(string label, IReadOnlyList<string> properties) =>
        label + "\u0001" + string.Join("\u0001", properties);

    private void LoadSchemaRule(SchemaRule rule) => AttachRule(rule);

    private void AttachRule(SchemaRule rule)
    {
        _rules.Add(rule);
        if (rule.Kind is "EXISTS" or "NODE_KEY")
        {
            _existenceRules.Add(rule);
        }

        if (rule.Kind == "EXISTS")
        {
            return;
        }

        var key = IndexKey(rule.LabelOrType, rule.Properties);
        if (rule.ForRelationship)
        {
            if (!_relIndexes.TryGetValue(key, out var relIndex))
            {
                relIndex = new RelationshipIndex(rule.LabelOrType, rule.Properties.ToArray());
                foreach (var rel in _relationships.Values)
                {
                    relIndex.Add(rel);
                }

                _relIndexes[key] = relIndex;
            }

            relIndex.Owners++;
            if (rule.Kind is "UNIQUE" or "NODE_KEY")
            {
                relIndex.UniqueOwners++;
            }

            return;
        }

        if (!_indexes.TryGetValue(key, out var index))
        {
            index = new PropertyIndex(rule.LabelOrType, rule.Properties.ToArray());
            foreach (var node in NodesWithLabel(rule.LabelOrType))
            {
                index.Add(node);
            }

            _indexes[key] = index;
        }

        index.Owners++;
        if (rule.Kind is "UNIQUE" or "NODE_KEY")
        {
            index.UniqueOwners++;
        }
    }

    private void DetachRule(SchemaRule rule)
    {
        _rules.Remove(rule);
        _existenceRules.Remove(rule);
        if (rule.Kind == "EXISTS")
        {
            return;
        }

        var key = IndexKey(rule.LabelOrType, rule.Properties);
        if (rule.ForRelationship)
        {
            if (_relIndexes.TryGetValue(key, out var relIndex))
            {
                relIndex.Owners--;
                if (rule.Kind is "UNIQUE" or "NODE_KEY")
                {
                    relIndex.UniqueOwners--;
                }

                if (relIndex.Owners <= 0)
                {
                    _relIndexes.Remove(key);
                }
            }

            return;
        }

        if (!_indexes.TryGetValue(key, out var index))
        {
            return;
        }

        index.Owners--;
        if (rule.Kind is "UNIQUE" or "NODE_KEY")
        {
            index.UniqueOwners--;
        }

        if (index.Owners <= 0)
        {
            _indexes.Remove(key);
        }
    }

    private void VerifyUnique(SchemaRule rule)
    {
        if (rule.ForRelationship)
        {
            var relProbe = new RelationshipIndex(rule.LabelOrType, rule.Properties.ToArray()) { UniqueOwners = 1 };
            foreach (var rel in _relationships.Values)
            {
                if (relProbe.FindConflict(rel) is { } other)
                {
                    throw EngineErrors.ConstraintCreationFailed(
                        $"Both Relationship({other.Id}) and Relationship({rel.Id}) have the type `{rule.LabelOrType}` and the same value for {string.Join(", ", rule.Properties)}.");
                }

                relProbe.Add(rel);
            }

            return;
        }

        var probe = new PropertyIndex(rule.LabelOrType, rule.Properties.ToArray()) { UniqueOwners = 1 };
        foreach (var node in NodesWithLabel(rule.LabelOrType))
        {
            if (probe.FindConflict(node) is { } other)
            {
                throw EngineErrors.ConstraintCreationFailed(
                    $"Both Node({other.Id}) and Node({node.Id}) have the label `{rule.LabelOrType}` and the same value for {string.Join(", ", rule.Properties)}.");
            }

            probe.Add(node);
        }
    }

    private void VerifyExistence(SchemaRule rule)
    {
        if (rule.ForRelationship)
        {
            foreach (var rel in _relationships.Values)
            {
                if (string.Equals(rel.Type, rule.LabelOrType, StringComparison.Ordinal) && rule.Properties.FirstOrDefault(p => rel.GetProperty(p) is null) is { } missing)
                {
                    throw EngineErrors.ConstraintCreationFailed($"Relationship({rel.Id}) with type `{rule.LabelOrType}` has no property `{missing}`.");
                }
            }

            return;
        }

        foreach (var node in NodesWithLabel(rule.LabelOrType))
        {
            if (rule.Properties.FirstOrDefault(p => node.GetProperty(p) is null) is { } missing)
            {
                throw EngineErrors.ConstraintCreationFailed($"Node({node.Id}) with label `{rule.LabelOrType}` has no property `{missing}`.");
            }
        }
    }

    private void CheckExistence(WriteSession session)
    {
        foreach (var rule in _existenceRules)
        {
            if (rule.ForRelationship)
            {
                foreach (var rel in session.ChangedRelationships)
                {
                    if (!rel.IsDeleted && string.Equals(rel.Type, rule.LabelOrType, StringComparison.Ordinal)
                        && rule.Properties.FirstOrDefault(p => rel.GetProperty(p) is null) is { } missing)
                    {
                        throw EngineErrors.ExistenceViolation(rel.Id, rule.LabelOrType, missing, relationship: true);
                    }
                }

                continue;
            }

            foreach (var node in session.ChangedNodes)
            {
                if (!node.IsDeleted && node.HasLabel(rule.LabelOrType)
                    && rule.Properties.FirstOrDefault(p => node.GetProperty(p) is null) is { } missing)
                {
                    throw EngineErrors.ExistenceViolation(node.Id, rule.LabelOrType, missing, relationship: false);
                }
            }
        }
    }

    private List<PropertyIndex> IndexesCovering(NodeEntity node, string key)
    {
        if (_indexes.Count == 0)
        {
            return NoIndexes;
        }

        var result = new List<PropertyIndex>();
        foreach (var index in _indexes.Values)
        {
            if (index.Covers(key) && node.HasLabel(index.Label))
            {
                result.Add(index);
            }
        }

        return result;
    }

    private List<PropertyIndex> IndexesForLabel(string label)
    {
        if (_indexes.Count == 0)
        {
            return NoIndexes;
        }

        var result = new List<PropertyIndex>();
        foreach (var index in _indexes.Values)
        {
            if (string.Equals(index.Label, label, StringComparison.Ordinal))
            {
                result.Add(index);
            }
        }

        return result;
    }

    private List<RelationshipIndex> RelIndexesCovering(RelationshipEntity rel, string? key)
    {
        if (_relIndexes.Count == 0)
        {
            return NoRelationshipIndexes;
        }

        var result = new List<RelationshipIndex>();
        foreach (var index in _relIndexes.Values)
        {
            if (string.Equals(index.Type, rel.Type, StringComparison.Ordinal) && (key is null || index.Covers(key)))
            {
                result.Add(index);
            }
        }

        return result;
    }

    private void RelIndexAdd(RelationshipEntity rel)
    {
        foreach (var index in RelIndexesCovering(rel, null))
        {
            index.Add(rel);
        }
    }

    private void RelIndexRemove(RelationshipEntity rel)
    {
        foreach (var index in RelIndexesCovering(rel, null))
        {
            index.Remove(rel);
        }
    }

    private static void AddToRelIndexesChecked(RelationshipEntity rel, List<RelationshipIndex> indexes)
    {
        foreach (var index in indexes)
        {
            if (index.FindConflict(rel) is { } other)
            {
                throw EngineErrors.RelationshipUniqueViolation(other.Id, index.Type, index.Properties);
            }

            index.Add(rel);
        }
    }

    private void IndexAdd(NodeEntity node)
    {
        if (_indexes.Count == 0)
        {
            return;
        }

        foreach (var index in _indexes.Values)
        {
            index.Add(node);
        }
    }

    private void IndexRemove(NodeEntity node)
    {
        if (_indexes.Count == 0)
        {
            return;
        }

        foreach (var index in _indexes.Values)
        {
            index.Remove(node);
        }
    }

    private void IndexAddChecked(NodeEntity node, List<PropertyIndex>? indexes)
    {
        if (_indexes.Count == 0)
        {
            return;
        }

        AddToIndexesChecked(node, indexes ?? [.. _indexes.Values]);
    }

    private static void AddToIndexesChecked(NodeEntity node, List<PropertyIndex> indexes)
    {
        foreach (var index in indexes)
        {
            if (index.FindConflict(node) is { } other)
            {
                throw EngineErrors.UniqueViolation(other.Id, index.Label, index.Properties);
            }

            index.Add(node);
        }
    }
}
