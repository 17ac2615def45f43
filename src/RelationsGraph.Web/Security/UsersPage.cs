namespace RelationsGraph.Web.Security;

/// <summary>The user-management page: the accounts, and what the last action did.</summary>
public sealed record UsersPage(IReadOnlyList<UserAccount> Users, DateTimeOffset Now, string? Message = null, string? Error = null, string? OneTimePasswordFor = null, string? OneTimePassword = null);
