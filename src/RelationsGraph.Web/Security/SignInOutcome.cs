namespace RelationsGraph.Web.Security;

/// <summary>How a sign-in attempt ended. Every failure shows the user the same message; the audit trail keeps the reason.</summary>
public enum SignInOutcome
{
    Succeeded,
    WrongPassword,
    UnknownUser,
    LockedOut,
    Disabled,
    NoRole,
}
