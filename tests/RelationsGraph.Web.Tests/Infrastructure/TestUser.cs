namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>An account the test apps are started with (see <see cref="TestUsers"/>).</summary>
public sealed record TestUser(string Name, string Password, string Role);
