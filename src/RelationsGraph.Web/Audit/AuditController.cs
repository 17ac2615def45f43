using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Audit;

/// <summary>The audit trail for Admins: newest first, filtered by user, action (prefix) and time.</summary>
[ApiController]
[Route("api/audit")]
[Produces("application/json")]
[MinimumRole(Roles.Admin)]
public sealed class AuditController(AuditTrail trail) : ControllerBase
{
    /// <summary>
    /// Entries of <paramref name="user"/>, whose action starts with <paramref name="action"/>, from <paramref name="from"/>
    /// (inclusive) to <paramref name="to"/> (a date includes its whole day), at most <paramref name="limit"/> (default 200).
    /// </summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<AuditEvent>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IReadOnlyList<AuditEvent>> Search(
        [FromQuery] string? user,
        [FromQuery] string? action,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? limit,
        CancellationToken cancellationToken) =>
        await trail.SearchAsync(AuditFilter.Parse(user, action, from, to, limit), cancellationToken);
}
