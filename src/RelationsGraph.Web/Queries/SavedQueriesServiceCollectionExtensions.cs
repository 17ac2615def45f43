using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Hosting;

namespace RelationsGraph.Web.Queries;

/// <summary>Registers the saved-query library, users' saved queries and the console's runner.</summary>
public static class SavedQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddSavedQueries(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<QueryConsoleOptions>()
            .BindConfiguration(QueryConsoleOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MaxRows > 0 && o.MaxGraphElements > 0 && o.MaxQueryLength > 0,
                "Queries: Timeout, MaxRows, MaxGraphElements and MaxQueryLength must be positive.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<QueryConsoleOptions>>().Value.LibraryPath;
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(ContentLocator.CypherRoot(environment.ContentRootPath), "queries")
                : Path.GetFullPath(configured, environment.ContentRootPath);
            return QueryLibrary.Load(folder);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<UserQueryStore>();
        services.AddScoped<QueryRunner>();
        services.AddScoped<SavedQueries>();
        return services;
    }
}
