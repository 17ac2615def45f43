using RelationsGraph.Cypher.Errors;

namespace RelationsGraph.Cypher.Graph;

/// <summary>Mutations: each keeps the indexes right, records its undo and marks what it touched.</summary>
internal sealed partial class GraphStore
{
    public NodeEntity CreateNode(IReadOnlyList<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var session = RequireSession();
        var node = new NodeEntity(_nextNodeId++);
        node.SetLabels(ShareLabels(DistinctLabels(labels)));
        node.Properties.SetAll(properties);
        _nodes.Set(node.Id, node);
        foreach (var label in node.LabelArray)
        {
            LabelSet(label).Add(node);
        }

        session.RecordCreated(this, node);
        Touch(node);
        IndexAddChecked(node, null);
        return node;
    }

    public RelationshipEntity CreateRelationship(string type, NodeEntity start, NodeEntity end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var session = RequireSession();
        if (start.IsDeleted || end.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("The node to connect");
        }

        var rel = new RelationshipEntity(_nextRelationshipId++, CanonicalType(type), start, end);
        rel.Properties.SetAll(properties);
        _relationships.Set(rel.Id, rel);
        start.Outgoing.Add(rel);
        end.Incoming.Add(rel);
        session.RecordCreated(this, rel);
        Touch(rel);
        AddToRelIndexesChecked(rel, RelIndexesCovering(rel, null));
        return rel;
    }

    /// <summary>Sets (or with null removes) one property; returns whether the stored state changed.</summary>
    public bool SetProperty(NodeEntity node, string key, object? value)
    {
        var session = RequireSession();
        if (node.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("Node " + node.Id);
        }

        var old = node.Properties.Get(key);
        if (old is null && value is null)
        {
            return false;
        }

        var indexes = IndexesCovering(node, key);
        foreach (var index in indexes)
        {
            index.Remove(node);
        }

        node.Properties.Set(key, value);
        session.Record(() =>
        {
            foreach (var index in indexes)
            {
                index.Remove(node);
            }

            node.Properties.Set(key, old);
            foreach (var index in indexes)
            {
                index.Add(node);
            }
        });
        Touch(node);
        AddToIndexesChecked(node, indexes);
        return true;
    }

    public bool SetProperty(RelationshipEntity rel, string key, object? value)
    {
        var session = RequireSession();
        if (rel.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("Relationship " + rel.Id);
        }

        var old = rel.Properties.Get(key);
        if (old is null && value is null)
        {
            return false;
        }

        var indexes = RelIndexesCovering(rel, key);
        foreach (var index in indexes)
        {
            index.Remove(rel);
        }

        rel.Properties.Set(key, value);
        session.Record(() =>
        {
            foreach (var index in indexes)
            {
                index.Remove(rel);
            }

            rel.Properties.Set(key, old);
            foreach (var index in indexes)
            {
                index.Add(rel);
            }
        });
        Touch(rel);
        AddToRelIndexesChecked(rel, indexes);
        return true;
    }

    public bool AddLabel(NodeEntity node, string label)
    {
        var session = RequireSession();
        if (node.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("Node " + node.Id);
        }

        if (node.HasLabel(label))
        {
            return false;
        }

        var before = node.LabelArray;
        node.SetLabels(ShareLabels([.. before, label]));
        LabelSet(label).Add(node);
        var indexes = IndexesForLabel(label);
        session.Record(() =>
        {
            foreach (var index in indexes)
            {
                index.Remove(node);
            }

            node.SetLabels(before);
            LabelSet(label).Remove(node);
        });
        Touch(node);
        AddToIndexesChecked(node, indexes);
        return true;
    }

    public bool RemoveLabel(NodeEntity node, string label)
    {
        var session = RequireSession();
        if (node.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("Node " + node.Id);
        }

        if (!node.HasLabel(label))
        {
            return false;
        }

        var indexes = IndexesForLabel(label);
        foreach (var index in indexes)
        {
            index.Remove(node);
        }

        var before = node.LabelArray;
        node.SetLabels(ShareLabels(before.Where(l => !string.Equals(l, label, StringComparison.Ordinal)).ToArray()));
        LabelSet(label).Remove(node);
        session.Record(() =>
        {
            node.SetLabels(before);
            LabelSet(label).Add(node);
            foreach (var index in indexes)
            {
                index.Add(node);
            }
        });
        Touch(node);
        return true;
    }

    /// <summary>Deletes a node; its remaining relationships are checked at the end of the statement.</summary>
    public bool DeleteNode(NodeEntity node)
    {
        var session = RequireSession();
        if (node.IsDeleted)
        {
            return false;
        }

        IndexRemove(node);
        foreach (var label in node.LabelArray)
        {
            LabelSet(label).Remove(node);
        }

        _nodes.Remove(node.Id);
        node.IsDeleted = true;
        session.DeletedInStatement.Add(node);
        session.Record(() =>
        {
            node.IsDeleted = false;
            _nodes.Set(node.Id, node);
            foreach (var label in node.LabelArray)
            {
                LabelSet(label).Add(node);
            }

            IndexAdd(node);
        });
        Touch(node);
        return true;
    }

    public bool DeleteRelationship(RelationshipEntity rel)
    {
        var session = RequireSession();
        if (rel.IsDeleted)
        {
            return false;
        }

        RelIndexRemove(rel);
        rel.Start.Outgoing.Remove(rel);
        rel.End.Incoming.Remove(rel);
        _relationships.Remove(rel.Id);
        rel.IsDeleted = true;
        session.Record(() =>
        {
            rel.IsDeleted = false;
            _relationships.Set(rel.Id, rel);
            rel.Start.Outgoing.Add(rel);
            rel.End.Incoming.Add(rel);
            RelIndexAdd(rel);
        });
        Touch(rel);
        return true;
    }

    /// <summary>
    /// End-of-statement checks: a deleted node must have no relationships left, and existence constraints
    /// must hold on everything the statement touched.
    /// </summary>
    public void ValidateStatementEnd()
    {
        var session = RequireSession();
        foreach (var node in session.DeletedInStatement)
        {
            if (node.IsDeleted && (!node.Outgoing.IsEmpty || !node.Incoming.IsEmpty))
            {
                throw EngineErrors.DeleteConnectedNode(node.Id);
            }
        }

        session.DeletedInStatement.Clear();
        if (_existenceRules.Count > 0)
        {
            CheckExistence(session);
        }
    }

    /// <summary>Reverses <see cref="CreateNode"/> or <see cref="CreateRelationship"/> (for the undo log).</summary>
    internal void UndoCreate(object created)
    {
        switch (created)
        {
            case NodeEntity node:
                IndexRemove(node);
                foreach (var label in node.LabelArray)
                {
                    LabelSet(label).Remove(node);
                }

                _nodes.Remove(node.Id);
                node.IsDeleted = true;
                break;
            case RelationshipEntity rel:
                RelIndexRemove(rel);
                rel.Start.Outgoing.Remove(rel);
                rel.End.Incoming.Remove(rel);
                _relationships.Remove(rel.Id);
                rel.IsDeleted = true;
                break;
        }
    }

    /// <summary>The one shared instance of a relationship type name (adjacency compares types by reference first).</summary>
    private string CanonicalType(string type)
    {
        if (!_typeNames.TryGetValue(type, out var canonical))
        {
            canonical = string.IsInterned(type) ?? string.Intern(type);
            _typeNames[canonical] = canonical;
        }

        return canonical;
    }

    private WriteSession RequireSession()
    {
        var session = Session ?? throw new InvalidOperationException("The store was written outside a write transaction.");
        session.DataChanged = true;
        session.SetWatermarks(_nextNodeId, _nextRelationshipId);
        return session;
    }

    // What a transaction created is in its undo log already; the touched sets keep what existed before it.
    private void Touch(NodeEntity node)
    {
        if (!Session!.IsCreatedHere(node))
        {
            Session.TouchedNodes.Add(node);
        }
    }

    private void Touch(RelationshipEntity rel)
    {
        if (!Session!.IsCreatedHere(rel))
        {
            Session.TouchedRelationships.Add(rel);
        }
    }
}
