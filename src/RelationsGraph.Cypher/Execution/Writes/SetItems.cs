using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Writes;

/// <summary>Applies SET and REMOVE items to one row; setting on a null entity does nothing.</summary>
internal static class SetItems
{
    public static void Apply(IReadOnlyList<SetItem> items, Row row, QueryContext ctx)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem p:
                {
                    var entity = ctx.Evaluate(p.Target.Subject, row);
                    var value = ctx.Evaluate(p.Value, row);
                    if (entity is null)
                    {
                        break;
                    }

                    if (entity is not (NodeEntity or RelationshipEntity))
                    {
                        throw EngineErrors.NotAnEntity("SET", entity);
                    }

                    EntityWriter.SetProperty(entity, p.Target.Key, value, ctx);
                    break;
                }

                case SetVariableItem v:
                {
                    var entity = row.Get(v.Variable);
                    var source = ctx.Evaluate(v.Value, row);
                    if (entity is null)
                    {
                        break;
                    }

                    EntityWriter.SetProperties(entity, source, v.Merge, ctx);
                    break;
                }

                case SetLabelsItem l:
                {
                    switch (row.Get(l.Variable))
                    {
                        case null:
                            break;
                        case NodeEntity node:
                            foreach (var label in l.Labels)
                            {
                                if (ctx.Store.AddLabel(node, label))
                                {
                                    ctx.Counters.LabelsAdded++;
                                }
                            }

                            break;
                        case var other:
                            throw EngineErrors.NotAnEntity("SET", other);
                    }

                    break;
                }
            }
        }
    }

    public static void Remove(IReadOnlyList<RemoveItem> items, Row row, QueryContext ctx)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case RemovePropertyItem p:
                {
                    var entity = ctx.Evaluate(p.Target.Subject, row);
                    if (entity is null)
                    {
                        break;
                    }

                    var changed = entity switch
                    {
                        NodeEntity n => ctx.Store.SetProperty(n, p.Target.Key, null),
                        RelationshipEntity r => ctx.Store.SetProperty(r, p.Target.Key, null),
                        _ => throw EngineErrors.NotAnEntity("REMOVE", entity),
                    };
                    if (changed)
                    {
                        ctx.Counters.PropertiesSet++;
                    }

                    break;
                }

                case RemoveLabelsItem l:
                {
                    switch (row.Get(l.Variable))
                    {
                        case null:
                            break;
                        case NodeEntity node:
                            foreach (var label in l.Labels)
                            {
                                if (ctx.Store.RemoveLabel(node, label))
                                {
                                    ctx.Counters.LabelsRemoved++;
                                }
                            }

                            break;
                        case var other:
                            throw EngineErrors.NotAnEntity("REMOVE", other);
                    }

                    break;
                }
            }
        }
    }
}
