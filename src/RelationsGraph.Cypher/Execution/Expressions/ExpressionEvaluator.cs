using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>Evaluates a bound expression against a scope.</summary>
internal static class ExpressionEvaluator
{
    // CONTRACT (expressions workstream): replace the body; keep the signature.
    public static object? Evaluate(Expression expression, IVariableScope scope, IEvaluationContext context) =>
        throw new NotImplementedException("evaluator not written yet");
}
