using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Queries;

namespace RelationsGraph.Web.Tests.Queries;

/// <summary>The store of user queries on its own (no syntax check): save, read back, overwrite by id, delete.</summary>
[Collection(QueriesAppCollection.Name)]
public sealed class UserQueryStoreTests(QueriesApp app)
{
    [Fact]
    public async Task SaveAsync_ThenEditAndDelete_RoundTripsEveryField()
    {
        using var scope = app.Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<UserQueryStore>();
        var id = UserQueryStore.NewId();
        SavedQueryParameter[] parameters =
        [
            new("since", ParameterTypes.Date, JsonDocument.Parse("\"2024-01-01\"").RootElement.Clone(), "From"),
            new("type", ParameterTypes.TieType),
            new("who", ParameterTypes.Actor, Required: true),
        ];

        var saved = await store.SaveAsync(id, "Recent ties", "since a date", ["time"], "RETURN $since AS since", parameters, CancellationToken.None);
        saved.Origin.ShouldBe(SavedQuery.UserOrigin);
        saved.CreatedAt.ShouldNotBeNullOrEmpty();
        var found = (await store.FindAsync(id, CancellationToken.None)).ShouldNotBeNull();
        found.Name.ShouldBe("Recent ties");
        found.Tags.ShouldBe(["time"]);
        found.Parameters.Select(p => (p.Name, p.Type, p.Required)).ShouldBe([("since", "date", false), ("type", "tieType", false), ("who", "actor", true)]);
        found.Parameters[0].Default!.Value.GetString().ShouldBe("2024-01-01");
        found.Parameters[1].Default.ShouldBeNull();

        var renamed = await store.SaveAsync(id, "Renamed", null, [], "RETURN 1 AS one", [], CancellationToken.None);
        renamed.Name.ShouldBe("Renamed");
        renamed.CreatedAt.ShouldBe(saved.CreatedAt);
        (await store.ListAsync(CancellationToken.None)).Count(q => q.Id == id).ShouldBe(1);

        (await store.DeleteAsync(id, CancellationToken.None)).ShouldBeTrue();
        (await store.DeleteAsync(id, CancellationToken.None)).ShouldBeFalse();
        (await store.FindAsync(id, CancellationToken.None)).ShouldBeNull();
    }
}
