using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Binding;

namespace RelationsGraph.Cypher.Planning;

/// <summary>Whether a query contains any updating clause (including inside subqueries and writing procedures), read off the AST.</summary>
internal static class WriteDetector
{
    public static bool Writes(Query query, IProcedureCatalog procedures) => query switch
    {
        UnionQuery u => Writes(u.Left, procedures) || Writes(u.Right, procedures),
        SingleQuery s => s.Clauses.Any(c => Writes(c, procedures)),
        _ => false,
    };

    private static bool Writes(Clause clause, IProcedureCatalog procedures) => clause switch
    {
        CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause => true,
        CallSubqueryClause sub => Writes(sub.Body, procedures),
        CallProcedureClause call => procedures.Find(call.QualifiedName)?.Writes ?? false,
        _ => false,
    };
}
