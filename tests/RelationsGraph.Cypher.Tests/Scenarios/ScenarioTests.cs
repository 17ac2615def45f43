using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Tests.Scenarios;

/// <summary>Runs every scenario of every <c>.scenario</c> file under Scenarios/ against a fresh engine.</summary>
public sealed class ScenarioTests
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Load())
        {
            data.Add(scenario.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Scenario_Runs_AsWritten(string id)
    {
        var scenario = Load().Single(s => s.ToString() == id);
        using var engine = new CypherEngine();
        foreach (var setup in scenario.Setup)
        {
            engine.Execute(new QueryRequest(setup, Mode: AccessMode.Write));
        }

        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            Check(engine, scenario.Steps[i], $"step {i + 1}");
        }
    }

    private static void Check(CypherEngine engine, ScenarioStep step, string where)
    {
        var request = new QueryRequest(
            step.Query,
            step.Parameters is null ? null : ParseParameters(step.Parameters),
            step.ReadMode ? AccessMode.Read : AccessMode.Write,
            step.TimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            step.MaxRows);

        if (step.ErrorCode is not null)
        {
            var error = Should.Throw<CypherException>(() => engine.Execute(request), $"{where}: {step.Query}");
            error.Code.ShouldBe(step.ErrorCode, $"{where}: {error.Message}");
            if (step.ErrorDetail is not null)
            {
                error.Detail.ShouldBe(step.ErrorDetail, $"{where}: {error.Message}");
            }

            return;
        }

        var result = engine.Execute(request);
        if (step.Columns is not null)
        {
            result.Columns.ShouldBe(step.Columns, $"{where}: columns");
        }

        var actual = result.Rows.Select(r => string.Join(" | ", r.Select(ValuePrinter.Print))).ToList();
        if (step.ExpectEmpty)
        {
            actual.ShouldBeEmpty($"{where}: expected no rows");
        }

        if (step.Rows.Count > 0)
        {
            if (step.Ordered)
            {
                actual.ShouldBe(step.Rows, $"{where}: rows in order");
            }
            else
            {
                actual.Order(StringComparer.Ordinal).ShouldBe(step.Rows.Order(StringComparer.Ordinal), $"{where}: rows in any order");
            }
        }

        foreach (var (name, expected) in step.Counters)
        {
            var property = typeof(QueryCounters).GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException("unknown counter " + name);
            property.GetValue(result.Counters).ShouldBe(expected, $"{where}: counter {name}");
        }

        if (step.Truncated is { } truncated)
        {
            result.Truncated.ShouldBe(truncated, $"{where}: truncated");
        }
    }

    private static Dictionary<string, object?> ParseParameters(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value));
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
    };

    private static List<ScenarioFile> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Scenarios");
        return Directory.EnumerateFiles(folder, "*.scenario")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ScenarioFile.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }
}
