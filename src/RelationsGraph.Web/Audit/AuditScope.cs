using System.Text.Json;

namespace RelationsGraph.Web.Audit;

/// <summary>
/// What an action adds to its request's audit entry: the target, the query and its parameters, a finer outcome, or
/// (for sign-in) the name that was typed. The audit middleware writes the entry whatever happens after.
/// </summary>
public sealed class AuditScope
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? Target { get; private set; }

    public string? Query { get; private set; }

    public string? Parameters { get; private set; }

    public string? Outcome { get; private set; }

    /// <summary>True when the action turned the request down itself while answering 2xx (a form shown again with an error).</summary>
    public bool Refused { get; private set; }

    /// <summary>The user the entry is about when nobody is signed in yet (sign-in attempts).</summary>
    public string? User { get; private set; }

    public AuditScope Note(string? target = null, string? query = null, object? parameters = null, string? outcome = null)
    {
        Target = target ?? Target;
        Query = query ?? Query;
        if (parameters is not null)
        {
            Parameters = parameters as string ?? JsonSerializer.Serialize(parameters, Json);
        }

        Outcome = outcome ?? Outcome;
        return this;
    }

    /// <summary>Records the request as refused, with why, whatever its status.</summary>
    public AuditScope Refuse(string why)
    {
        Refused = true;
        Outcome = why;
        return this;
    }

    public AuditScope About(string user)
    {
        User = user;
        return this;
    }
}
