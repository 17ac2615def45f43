using Microsoft.AspNetCore.Mvc;

namespace RelationsGraph.Web.Controllers;

/// <summary>The query console page: saved queries with their forms, the Cypher editor and the results.</summary>
public sealed class ConsoleController : Controller
{
    [HttpGet("/console")]
    public IActionResult Index() => View();
}
