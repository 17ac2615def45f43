using Microsoft.AspNetCore.Mvc;

namespace RelationsGraph.Web.Controllers;

/// <summary>The import page (upload, mapping, preview, dry run, import with progress) and the export page.</summary>
public sealed class ImportController : Controller
{
    [HttpGet("/import")]
    public IActionResult Index() => View();

    [HttpGet("/export")]
    public IActionResult Export() => View("~/Views/Export/Index.cshtml");
}
