using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Api;

/// <summary>Actors: search by name or alias, and one actor with its ties.</summary>
[ApiController]
[Route("api/actors")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class ActorsController : ControllerBase
{
    private readonly NetworkQueries _queries;

    public ActorsController(NetworkQueries queries) => _queries = queries;

    /// <summary>Actors whose name or an alias contains <paramref name="q"/> (case-insensitive), best matches first.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ActorSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IReadOnlyList<ActorSummary>> Search([FromQuery] string? q, CancellationToken cancellationToken) =>
        await _queries.SearchActorsAsync(q, cancellationToken);

    /// <summary>One actor, with every tie it has.</summary>
    [HttpGet("{id}")]
    [ProducesResponseType<ActorDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActorDetails> Get(string id, CancellationToken cancellationToken) =>
        await _queries.GetActorAsync(id, cancellationToken);
}
