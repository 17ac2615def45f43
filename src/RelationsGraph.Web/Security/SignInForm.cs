namespace RelationsGraph.Web.Security;

/// <summary>The sign-in form.</summary>
public sealed class SignInForm
{
    public string? Name { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Shown above the form; never says whether the name exists.</summary>
    public string? Error { get; set; }
}
