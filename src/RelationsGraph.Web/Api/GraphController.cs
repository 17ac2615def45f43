using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Api;

/// <summary>The network as Cytoscape elements: neighbourhoods and shortest paths.</summary>
[ApiController]
[Route("api/graph")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
[EnableRateLimiting(RateLimits.Graph)]
public sealed class GraphController : ControllerBase
{
    private readonly NetworkQueries _queries;
    private readonly NetworkRegistry _registry;

    private readonly int _defaultMaxActors;
    private readonly int _defaultMaxElements;

    public GraphController(NetworkQueries queries, NetworkRegistry registry, IConfiguration configuration)
    {
        _queries = queries;
        _registry = registry;
        _defaultMaxActors = Math.Clamp(
            configuration.GetValue("Explorer:WholeViewMaxActors", NeighbourhoodRequest.DefaultMaxActors), 1, RequestValidation.MaxWholeViewActors);
        _defaultMaxElements = Math.Clamp(
            configuration.GetValue("Explorer:WholeViewMaxElements", NeighbourhoodRequest.DefaultMaxElements), 1, RequestValidation.MaxWholeViewElements);
    }

    /// <summary>
    /// The actors within <paramref name="depth"/> ties of <paramref name="actor"/> (the whole network when no actor is
    /// given), over ties of the listed types and statuses (comma-separated; absent means all) in force on
    /// <paramref name="date"/> (YYYY-MM-DD; absent means any time). Each actor adds at most <paramref name="limit"/>
    /// new neighbours per step; <c>more</c> says how many were left out. <paramref name="shown"/> lists actors the
    /// client already shows (comma-separated), which neither use up the cap nor count as left out. The whole network
    /// shows at most <paramref name="maxActors"/> actors (default <c>Explorer:WholeViewMaxActors</c>, else 5,000) and
    /// <paramref name="maxElements"/> actors and ties together (default <c>Explorer:WholeViewMaxElements</c>, else
    /// 20,000), the most connected actors first; <c>totalActors</c> says how many the store holds.
    /// </summary>
    [HttpGet("neighbourhood")]
    [ProducesResponseType<GraphElements>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<GraphElements> Neighbourhood(
        [FromQuery] string? actor,
        [FromQuery] string? types,
        [FromQuery] string? statuses,
        [FromQuery] string? date,
        [FromQuery] string? shown,
        CancellationToken cancellationToken,
        [FromQuery] int depth = 1,
        [FromQuery] int limit = 25,
        [FromQuery] int? maxActors = null,
        [FromQuery] int? maxElements = null)
    {
        var request = new NeighbourhoodRequest(
            string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
            RequestValidation.InRange(nameof(depth), depth, 0, RequestValidation.MaxDepth),
            RequestValidation.TieTypes(types, _registry),
            RequestValidation.Statuses(statuses, _registry),
            RequestValidation.Date(date),
            RequestValidation.InRange(nameof(limit), limit, 1, RequestValidation.MaxLimit),
            RequestValidation.Ids(shown),
            maxActors is { } actors ? RequestValidation.InRange(nameof(maxActors), actors, 1, RequestValidation.MaxWholeViewActors) : _defaultMaxActors,
            maxElements is { } elements ? RequestValidation.InRange(nameof(maxElements), elements, 1, RequestValidation.MaxWholeViewElements) : _defaultMaxElements);
        return await _queries.GetNeighbourhoodAsync(request, cancellationToken);
    }

    /// <summary>A shortest path between two actors (at most six ties), optionally over confirmed ties only.</summary>
    [HttpGet("path")]
    [ProducesResponseType<PathResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<PathResult> Path(
        [FromQuery] string? from,
        [FromQuery] string? to,
        CancellationToken cancellationToken,
        [FromQuery] bool confirmedOnly = false) =>
        await _queries.GetShortestPathAsync(
            RequestValidation.Required(nameof(from), from),
            RequestValidation.Required(nameof(to), to),
            confirmedOnly,
            cancellationToken);
}
