namespace RelationsGraph.Web.Audit;

/// <summary>Registers the audit trail and places its middleware.</summary>
public static class AuditHostingExtensions
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddScoped<AuditScope>();
        return services;
    }

    /// <summary>After authentication (to know the user) and before authorization (to record refusals).</summary>
    public static WebApplication UseAuditTrail(this WebApplication app)
    {
        app.UseMiddleware<AuditMiddleware>();
        return app;
    }
}
