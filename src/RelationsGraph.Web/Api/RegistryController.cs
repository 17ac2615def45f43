using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Api;

/// <summary>The tie types, actor kinds, statuses and phases, with the colours and marks the view draws.</summary>
[ApiController]
[Route("api/registry")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class RegistryController : ControllerBase
{
    private readonly NetworkRegistry _registry;

    public RegistryController(NetworkRegistry registry) => _registry = registry;

    [HttpGet]
    [ProducesResponseType<NetworkRegistry>(StatusCodes.Status200OK)]
    public NetworkRegistry Get() => _registry;
}
