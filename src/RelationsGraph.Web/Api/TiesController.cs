using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Api;

/// <summary>Ties with their evidence and sources.</summary>
[ApiController]
[Route("api/ties")]
[Produces("application/json")]
[MinimumRole(Roles.Viewer)]
public sealed class TiesController : ControllerBase
{
    private readonly NetworkQueries _queries;

    public TiesController(NetworkQueries queries) => _queries = queries;

    /// <summary>One tie, with who asserts or denies it and on which sources.</summary>
    [HttpGet("{id}")]
    [ProducesResponseType<TieDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<TieDetails> Get(string id, CancellationToken cancellationToken) =>
        await _queries.GetTieAsync(id, cancellationToken);
}
