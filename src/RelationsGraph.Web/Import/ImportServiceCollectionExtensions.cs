using RelationsGraph.Web.Hosting;
using RelationsGraph.Web.Import.Jobs;
using RelationsGraph.Web.Import.Presets;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import;

/// <summary>Registers the import (presets, uploads, the job queue and its worker) and the export.</summary>
internal static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddImportExport(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .Validate(o => o.MaxFileBytes > 0 && o.MaxRows > 0 && o.MaxUploads > 0 && o.KeepFor > TimeSpan.Zero && o.Timeout > TimeSpan.Zero,
                "Import limits must be positive.")
            .ValidateOnStart();
        services.TryAddSingletonTimeProvider();
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IConfiguration>()["Import:PresetsPath"];
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(ContentLocator.CypherRoot(environment.ContentRootPath), "imports")
                : Path.GetFullPath(configured, environment.ContentRootPath);
            return ImportPresets.Load(folder, provider.GetRequiredService<NetworkRegistry>());
        });
        services.AddSingleton<UploadStore>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        services.AddScoped<Export.GraphExporter>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
