using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Controllers;

/// <summary>
/// The query console page: saved queries with their forms, the Cypher editor and the results. Viewers see it too,
/// to run saved queries; the page hides what their role cannot do, and the API refuses it anyway.
/// </summary>
[MinimumRole(Roles.Viewer)]
public sealed class ConsoleController : Controller
{
    [HttpGet("/console")]
    public IActionResult Index() => View();
}
