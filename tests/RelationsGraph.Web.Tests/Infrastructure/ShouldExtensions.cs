namespace RelationsGraph.Web.Tests.Infrastructure;

public static class ShouldExtensions
{
    /// <summary>Fails naming every expected item that <paramref name="actual"/> lacks.</summary>
    public static void ShouldContainAll(this IEnumerable<string> actual, IEnumerable<string> expected)
    {
        var have = actual.ToHashSet(StringComparer.Ordinal);
        expected.Where(e => !have.Contains(e)).ShouldBeEmpty("missing items");
    }
}
