using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Security;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>
/// What the editing forms share: a refused post shows its form again with the messages and the refusal's status
/// (400 invalid, 409 duplicate or stale); a record that is not there gets a 404 page. Editing is for Analysts and Admins.
/// </summary>
[MinimumRole(Roles.Analyst)]
public abstract class EditFormController : Controller
{
    internal const string SavedKey = "Saved";

    internal ViewResult Refused(string view, object page, EditException refusal)
    {
        Response.StatusCode = refusal.Status;
        return View(view, page);
    }

    internal static FormErrors ErrorsOf(EditException refusal, Func<string, string>? field = null) => new(
        refusal.Code == EditCodes.Invalid ? "Not saved: correct the fields marked below." : refusal.Message,
        refusal.Errors.ToDictionary(e => field?.Invoke(e.Key) ?? e.Key, e => e.Value, StringComparer.Ordinal));

    internal ViewResult Missing(CypherException missing)
    {
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound;
        return View("~/Views/Edit/Missing.cshtml", missing.Message);
    }

    internal static bool IsMissing(CypherException exception) => exception.Code == Neo4jCodes.EntityNotFound;

    /// <summary>
    /// Names the record a create made in the request's audit entry, as the API's edit endpoints do (a change or
    /// deletion has the id in its route, which the trail keeps as <c>id=…</c> already).
    /// </summary>
    internal void AuditTarget(string id) => HttpContext.RequestServices.GetRequiredService<AuditScope>().Note(target: $"id={id}");

    /// <summary>Shows <paramref name="message"/> once on the page redirected to.</summary>
    internal void Saved(string message) => TempData[SavedKey] = message;
}
