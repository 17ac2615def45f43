using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using StatusCodes = Microsoft.AspNetCore.Http.StatusCodes;
using RelationsGraph.Web.Initialization;

namespace RelationsGraph.Web.Api;

/// <summary>Which store the app uses and whether it answers; 503 when it does not or start-up failed.</summary>
[ApiController]
[Route("health")]
[Produces("application/json")]
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
    public async Task<ActionResult<HealthReport>> Get(CancellationToken cancellationToken)
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
        return StatusCode(healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, report);
    }
}
