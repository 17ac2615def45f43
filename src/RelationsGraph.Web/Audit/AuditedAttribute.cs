namespace RelationsGraph.Web.Audit;

/// <summary>
/// Names the action an endpoint's requests are recorded under (e.g. <c>query.run</c>), and makes a GET endpoint
/// audited too (requests that can change something are audited whether marked or not).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AuditedAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}
