using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Controllers;

/// <summary>Sign-in, sign-out, changing one's own password, and the page shown when a role does not allow a page.</summary>
[Route("account")]
public sealed class AccountController(SignInService signIn, UserStore users, Passwords passwords, AuditScope audit, TimeProvider time) : Controller
{
    internal const string FailedMessage =
        "The name or password is wrong, or the account is locked after repeated failures (try again later or ask an admin).";

    [HttpGet("signin")]
    [AllowAnonymous]
    public IActionResult SignIn([FromQuery] string? returnUrl) =>
        View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("signin")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [Audited("account.signin")]
    public async Task<IActionResult> SignIn([FromForm] SignInForm form, CancellationToken cancellationToken)
    {
        var name = UserNames.Normalize(form.Name);
        audit.About(UserNames.ForAudit(form.Name));
        var (outcome, user) = await signIn.AttemptAsync(name, form.Password ?? "", cancellationToken);
        audit.Note(outcome: outcome.ToString());
        if (outcome != SignInOutcome.Succeeded || user is null)
        {
            // The form again, as a page (200): the audit trail keeps the refusal and its reason.
            audit.Refuse(outcome.ToString());
            return View(new SignInForm { Name = form.Name, ReturnUrl = LocalOrNull(form.ReturnUrl), Error = FailedMessage });
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.For(user, time.GetUtcNow()));
        if (user.MustChangePassword)
        {
            return RedirectToAction(nameof(ChangePassword), new { returnUrl = LocalOrNull(form.ReturnUrl) });
        }

        return LocalRedirect(LocalOrNull(form.ReturnUrl) ?? "/");
    }

    [HttpPost("signout")]
    [Authorize]
    [Audited("account.signout")]
    public async Task<IActionResult> SignOutNow()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("password")]
    [Authorize]
    public IActionResult ChangePassword([FromQuery] string? returnUrl) =>
        View(new ChangePasswordForm { ReturnUrl = LocalOrNull(returnUrl), Required = User.MustChange() });

    [HttpPost("password")]
    [Authorize]
    [Audited("account.password")]
    public async Task<IActionResult> ChangePassword([FromForm] ChangePasswordForm form, CancellationToken cancellationToken)
    {
        var name = User.Identity!.Name!;
        var user = await users.FindAsync(name, cancellationToken);
        string? error = null;
        if (user is null || Passwords.Verify(user.PasswordHash, form.Current ?? "") is null)
        {
            error = "The current password is wrong.";
        }
        else if (form.New != form.Confirm)
        {
            error = "The new password and its confirmation differ.";
        }
        else if (form.New == form.Current)
        {
            error = "The new password must differ from the current one.";
        }
        else
        {
            error = passwords.Problem(form.New, name);
        }

        if (error is not null || user is null)
        {
            audit.Note(target: name, outcome: "rejected");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ChangePasswordForm { ReturnUrl = LocalOrNull(form.ReturnUrl), Error = error, Required = User.MustChange() });
        }

        await users.SetPasswordAsync(name, passwords.Hash(form.New!), mustChangePassword: false, cancellationToken);
        audit.Note(target: name);
        var changed = await users.FindAsync(name, cancellationToken);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.For(changed!, time.GetUtcNow()));
        return LocalRedirect(LocalOrNull(form.ReturnUrl) ?? "/");
    }

    [HttpGet("denied")]
    [Authorize]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Only a path on this site: anything else would make the sign-in page an open redirect.</summary>
    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
