using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RelationsGraph.Web.Editing;

/// <summary>Registers the editing services: who edits, one transaction per edit, and an editor per kind of record.</summary>
public static class EditingServiceCollectionExtensions
{
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CurrentEditor>();
        services.AddScoped<EditSession>();
        services.AddScoped<ActorEditor>();
        services.AddScoped<TieEditor>();
        services.AddScoped<SourceEditor>();
        services.AddScoped<EvidenceEditor>();
        return services;
    }
}
