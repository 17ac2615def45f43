using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.IntegrationTests.Support;

/// <summary>A file of cypher/queries: its text and the default of each <c>// @param name: type = default -- …</c>.</summary>
internal sealed partial record SavedQuery(string FileName, string Text, IReadOnlyDictionary<string, object?> Defaults)
{
    public static IReadOnlyList<SavedQuery> All() => RepoFiles.CypherFiles("queries").Select(Load).ToList();

    public static SavedQuery Load(string path)
    {
        var text = File.ReadAllText(path);
        var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match match in ParamLine().Matches(text))
        {
            using var json = JsonDocument.Parse(match.Groups["default"].Value.Trim());
            defaults[match.Groups["name"].Value] = PlainJsonReader.Read(json.RootElement);
        }

        return new SavedQuery(Path.GetFileName(path), text, defaults);
    }

    [GeneratedRegex(@"^//\s*@param\s+(?<name>\w+)\s*:\s*\w+\s*=\s*(?<default>.+?)\s+--", RegexOptions.Multiline)]
    private static partial Regex ParamLine();
}
