using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Hosting;

/// <summary>The app's own registrations, so Program.cs reads as a table of contents.</summary>
internal static class WebHostingExtensions
{
    /// <summary>
    /// Serves the repository-level wwwroot/ (or its copy beside the assembly) as the web root, through a
    /// plain physical file provider: no static-assets manifest, so every environment serves real content.
    /// </summary>
    public static WebApplicationBuilder UseRepositoryWebRoot(this WebApplicationBuilder builder)
    {
        var webRoot = ContentLocator.WebRoot(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(webRoot);
        builder.Environment.WebRootPath = webRoot;
        builder.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        return builder;
    }

    public static IServiceCollection AddNetworkExplorer(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IConfiguration>()["Registry:Path"];
            var path = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(ContentLocator.CypherRoot(environment.ContentRootPath), "registry.json")
                : Path.GetFullPath(configured, environment.ContentRootPath);
            return NetworkRegistry.Load(path);
        });
        services.AddSingleton<InitializationState>();
        services.AddHostedService<GraphInitializer>();
        services.AddScoped<NetworkQueries>();
        return services;
    }

    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ModelStateProblems.AddCode);
        services.AddExceptionHandler<GraphExceptionHandler>();
        // PostConfigure: MVC's own setup assigns the factory when the controllers are added, after this runs.
        services.PostConfigure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ModelStateProblems.Respond);
        services.Configure<MvcOptions>(o => o.Filters.Add(new ProblemContentTypeFilter()));
        // Keeps the JsonException (line, byte, path) in the model state; ModelStateProblems words the message itself.
        services.Configure<JsonOptions>(o => o.AllowInputFormatterExceptionMessages = false);
        return services;
    }
}
