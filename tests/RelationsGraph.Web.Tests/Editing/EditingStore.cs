using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>Looks straight into the app's store, to check what an edit left behind beyond what the API shows.</summary>
public static class EditingStore
{
    public static async Task<long> CountAsync(EditingApp app, string query, params (string Name, object? Value)[] parameters)
    {
        var backend = app.Factory.Services.GetRequiredService<IGraphBackend>();
        var map = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var result = await backend.RunAsync(new QueryRequest(query, map));
        return (long)result.Rows[0][0]!;
    }
}
