namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>A fact that needs the openCypher TCK checkout next to the repository and skips itself without it.</summary>
public sealed class TckFactAttribute : FactAttribute
{
    public TckFactAttribute()
    {
        if (TckFeatureQueries.FeaturesDirectory is null)
        {
            Skip = "The openCypher TCK features (../shared/opencypher-tck/features from the repository root) are not present.";
        }
    }
}
