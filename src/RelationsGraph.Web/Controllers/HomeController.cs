using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Controllers;

/// <summary>The network explorer page; everything else it shows comes from the JSON API.</summary>
[MinimumRole(Roles.Viewer)]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();
}
