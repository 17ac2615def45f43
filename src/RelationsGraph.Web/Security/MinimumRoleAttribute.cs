using Microsoft.AspNetCore.Authorization;

namespace RelationsGraph.Web.Security;

/// <summary>Lets in users with the given role or a higher one (Viewer &lt; Analyst &lt; Admin).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class MinimumRoleAttribute : AuthorizeAttribute
{
    public MinimumRoleAttribute(string role)
    {
        if (!Security.Roles.IsKnown(role))
        {
            throw new ArgumentException($"'{role}' is not a role; use one of {string.Join(", ", Security.Roles.All)}.", nameof(role));
        }

        Role = role;
        Policy = role;
    }

    public string Role { get; }
}
