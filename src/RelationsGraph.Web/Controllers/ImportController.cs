using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Controllers;

/// <summary>The import page (upload, mapping, preview, dry run, import with progress) and the export page.</summary>
public sealed class ImportController : Controller
{
    [HttpGet("/import")]
    [MinimumRole(Roles.Analyst)]
    public IActionResult Index() => View();

    [HttpGet("/export")]
    [MinimumRole(Roles.Viewer)]
    public IActionResult Export() => View("~/Views/Export/Index.cshtml");
}
