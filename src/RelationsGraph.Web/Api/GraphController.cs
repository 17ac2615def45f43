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

    public GraphController(NetworkQueries queries, NetworkRegistry registry)
    {
        _queries = queries;
        _registry = registry;
    }

    /// <summary>
    /// The actors within <paramref name="depth"/> ties of <paramref name="actor"/> (the whole network when no actor is
    /// given), over ties of the listed types and statuses (comma-separated; absent means all) in force on
    /// <paramref name="date"/> (YYYY-MM-DD; absent means any time). Each actor adds at most <paramref name="limit"/>
    /// new neighbours per step; <c>more</c> says how many were left out. <paramref name="shown"/> lists actors the
    /// client already shows (comma-separated), which neither use up the cap nor count as left out.
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
        [FromQuery] int limit = 25)
    {
        var request = new NeighbourhoodRequest(
            string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
            RequestValidation.InRange(nameof(depth), depth, 0, RequestValidation.MaxDepth),
            RequestValidation.TieTypes(types, _registry),
            RequestValidation.Statuses(statuses, _registry),
            RequestValidation.Date(date),
            RequestValidation.InRange(nameof(limit), limit, 1, RequestValidation.MaxLimit),
            RequestValidation.Ids(shown));
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
