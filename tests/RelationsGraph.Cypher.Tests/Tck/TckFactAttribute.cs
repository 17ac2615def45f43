namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>A fact that needs the openCypher TCK checkout next to the repository and skips itself without it.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckQueries.FeaturesDirectory is null)
        {
            Skip = "The openCypher TCK features (../shared/opencypher-tck/features beside the repository, or $RELATIONSGRAPH_TCK_DIR/features) are not present.";
        }
    }
}
