using RelationsGraph.IntegrationTests.Live;
using RelationsGraph.IntegrationTests.Support;

namespace RelationsGraph.IntegrationTests.Differential;

/// <summary>Every saved query in cypher/queries, with its default parameters, answers the same on both stores.</summary>
[Collection(DifferentialCollection.Name)]
public sealed class SavedQueryDifferentialTests(DifferentialFixture stores)
{
    public static TheoryData<string> SavedQueries() => new(SavedQuery.All().Select(q => q.FileName));

    [Fact]
    public void SavedQueries_Exist_SoTheDifferentialSuiteHasWorkToDo() => SavedQuery.All().ShouldNotBeEmpty();

    [LiveNeo4jTheory]
    [MemberData(nameof(SavedQueries))]
    public async Task SavedQuery_WithDefaultParameters_SameAnswerOnBothStores(string fileName)
    {
        var query = SavedQuery.Load(Path.Combine(RepoFiles.Folder("queries"), fileName));
        await StoreComparison.AssertSameAsync(stores.Embedded, stores.Neo4j, query.Text, query.Defaults);
    }
}
