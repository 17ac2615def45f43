using Microsoft.AspNetCore.Mvc;

namespace RelationsGraph.Web.Controllers;

/// <summary>The network explorer page; everything else it shows comes from the JSON API.</summary>
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();
}
