namespace RelationsGraph.Web.Api;

/// <summary>Which store the app uses, whether it answers, and whether start-up prepared it.</summary>
public sealed record HealthReport(string Status, string Store, bool StoreAnswers, string? StoreVersion, string? StoreDetail, string Initialization, string? InitializationError, string? SeedVersion);
