using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using StatusCodes = Microsoft.AspNetCore.Http.StatusCodes;
using RelationsGraph.Web.Initialization;

namespace RelationsGraph.Web.Api;

/// <summary>
/// Whether the app and its store answer; 503 when not or when start-up failed. Open to monitors without a session,
/// which get the status alone: which store, its version and any error text are for signed-in users.
/// </summary>
[ApiController]
[Route("health")]
[Produces("application/json")]
[AllowAnonymous]
public sealed class HealthController : ControllerBase
{
    private readonly IGraphBackend _backend;
    private readonly InitializationState _state;

    public HealthController(IGraphBackend backend, InitializationState state)
    {
        _backend = backend;
        _state = state;
    }

    [HttpGet]
    [ProducesResponseType<HealthReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthReport>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        BackendHealth health;
        try
        {
            health = await _backend.CheckHealthAsync(cancellationToken);
        }
        catch (CypherException ex)
        {
            health = new BackendHealth(_backend.Name, false, Detail: $"{ex.Code}: {ex.Message}");
        }

        var healthy = health.Healthy && _state.Phase == "ready";
        var report = new HealthReport(
            healthy ? "healthy" : "unhealthy",
            health.Backend,
            health.Healthy,
            health.Version,
            health.Detail,
            _state.Phase,
            _state.Error,
            _state.SeedVersion);
        var status = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return User.Identity?.IsAuthenticated == true
            ? StatusCode(status, report)
            : StatusCode(status, new HealthStatus(report.Status));
    }
}
