namespace RelationsGraph.Web.Security;

/// <summary>The form to change one's own password.</summary>
public sealed class ChangePasswordForm
{
    public string? Current { get; set; }

    public string? New { get; set; }

    public string? Confirm { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }

    /// <summary>True when the session must change its password before anything else.</summary>
    public bool Required { get; set; }
}
