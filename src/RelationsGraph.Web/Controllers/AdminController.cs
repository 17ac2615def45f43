using Microsoft.AspNetCore.Mvc;
using CypherException = RelationsGraph.Core.Errors.CypherException;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Controllers;

/// <summary>
/// Admins' pages: accounts (create, set the role, reset the password, unlock, disable) and the audit trail. A new or
/// reset password is random, shown once on the page and must be changed at first sign-in. An admin cannot lock
/// themselves out, and the last enabled admin cannot be demoted or disabled.
/// </summary>
[Route("admin")]
[MinimumRole(Roles.Admin)]
public sealed class AdminController(UserStore users, Passwords passwords, AuditTrail trail, AuditScope audit, TimeProvider time) : Controller
{
    [HttpGet("users")]
    public async Task<IActionResult> Users(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    [HttpPost("users")]
    [Audited("user.create")]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] string? role, CancellationToken cancellationToken)
    {
        var normalized = UserNames.Normalize(name);
        var parsed = Roles.Parse(role);
        audit.Note(target: UserNames.ForAudit(name), parameters: new { role });
        if (!UserNames.IsValid(normalized))
        {
            return await RefusedAsync($"'{name}' is not a valid user name: use 1 to {UserNames.MaxLength} lower-case letters, digits, '.', '_', '-' or '@'.", cancellationToken);
        }

        if (parsed is null)
        {
            return await RefusedAsync($"'{role}' is not a role; choose {string.Join(", ", Roles.All)}.", cancellationToken);
        }

        var password = Passwords.Generate();
        if (!await users.CreateAsync(normalized, parsed, passwords.Hash(password), mustChangePassword: true, cancellationToken))
        {
            return await RefusedAsync($"There is already a user named '{normalized}'.", cancellationToken, StatusCodes.Status409Conflict);
        }

        return await PageAsync(cancellationToken, $"Created {normalized} ({parsed}).", oneTimeFor: normalized, oneTime: password);
    }

    [HttpPost("users/{name}/role")]
    [Audited("user.role")]
    public async Task<IActionResult> SetRole(string name, [FromForm] string? role, CancellationToken cancellationToken)
    {
        var parsed = Roles.Parse(role);
        audit.Note(target: name, parameters: new { role });
        if (parsed is null)
        {
            return await RefusedAsync($"'{role}' is not a role; choose {string.Join(", ", Roles.All)}.", cancellationToken);
        }

        if (await GuardAdminsAsync(name, losesAdmin: parsed != Roles.Admin, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return await DoneAsync(await users.SetRoleAsync(name, parsed, cancellationToken), name, $"{name} is now {parsed}.", cancellationToken);
    }

    [HttpPost("users/{name}/password")]
    [Audited("user.password-reset")]
    public async Task<IActionResult> ResetPassword(string name, CancellationToken cancellationToken)
    {
        audit.Note(target: name);
        var password = Passwords.Generate();
        if (!await users.SetPasswordAsync(name, passwords.Hash(password), mustChangePassword: true, cancellationToken))
        {
            return await NotFoundAsync(name, cancellationToken);
        }

        return await PageAsync(cancellationToken, $"Reset the password of {name}; their sessions end.", oneTimeFor: name, oneTime: password);
    }

    [HttpPost("users/{name}/unlock")]
    [Audited("user.unlock")]
    public async Task<IActionResult> Unlock(string name, CancellationToken cancellationToken)
    {
        audit.Note(target: name);
        return await DoneAsync(await users.UnlockAsync(name, cancellationToken), name, $"Unlocked {name}.", cancellationToken);
    }

    [HttpPost("users/{name}/disable")]
    [Audited("user.disable")]
    public async Task<IActionResult> Disable(string name, CancellationToken cancellationToken)
    {
        audit.Note(target: name);
        if (await GuardAdminsAsync(name, losesAdmin: true, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return await DoneAsync(await users.SetDisabledAsync(name, true, cancellationToken), name, $"Disabled {name}; their sessions end.", cancellationToken);
    }

    [HttpPost("users/{name}/enable")]
    [Audited("user.enable")]
    public async Task<IActionResult> Enable(string name, CancellationToken cancellationToken)
    {
        audit.Note(target: name);
        return await DoneAsync(await users.SetDisabledAsync(name, false, cancellationToken), name, $"Enabled {name}.", cancellationToken);
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(
        [FromQuery] string? user, [FromQuery] string? action, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        try
        {
            var events = await trail.SearchAsync(AuditFilter.Parse(user, action, from, to, AuditFilter.DefaultLimit), cancellationToken);
            return View(new AuditPage(user, action, from, to, events, null));
        }
        catch (CypherException ex) when (ex.Classification == "ClientError")
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new AuditPage(user, action, from, to, [], ex.Message));
        }
    }

    /// <summary>Refuses a change that would leave no enabled admin, or that an admin makes to their own standing.</summary>
    private async Task<IActionResult?> GuardAdminsAsync(string name, bool losesAdmin, CancellationToken cancellationToken)
    {
        if (!losesAdmin)
        {
            return null;
        }

        if (string.Equals(name, User.Identity?.Name, StringComparison.Ordinal))
        {
            return await RefusedAsync("You cannot demote or disable yourself; ask another admin.", cancellationToken);
        }

        var all = await users.ListAsync(cancellationToken);
        var otherAdmins = all.Count(u => u.Name != name && !u.Disabled && u.Role == Roles.Admin);
        return otherAdmins == 0 ? await RefusedAsync("That would leave no enabled admin.", cancellationToken) : null;
    }

    private async Task<IActionResult> DoneAsync(bool found, string name, string message, CancellationToken cancellationToken) =>
        found ? await PageAsync(cancellationToken, message) : await NotFoundAsync(name, cancellationToken);

    private Task<IActionResult> NotFoundAsync(string name, CancellationToken cancellationToken) =>
        RefusedAsync($"There is no user named '{name}'.", cancellationToken, StatusCodes.Status404NotFound);

    private async Task<IActionResult> RefusedAsync(string error, CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        audit.Note(outcome: error);
        Response.StatusCode = status;
        return await PageAsync(cancellationToken, error: error);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken, string? message = null, string? error = null, string? oneTimeFor = null, string? oneTime = null) =>
        View("Users", new UsersPage(await users.ListAsync(cancellationToken), time.GetUtcNow(), message, error, oneTimeFor, oneTime));
}
