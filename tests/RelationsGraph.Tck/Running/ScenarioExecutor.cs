using System.Globalization;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher;
using RelationsGraph.Tck.Gherkin;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Running;

/// <summary>Runs the steps of one scenario against a fresh engine.</summary>
internal sealed class ScenarioExecutor : IDisposable
{
    private const string ParametersStep = "parameters are:";
    private const string ProcedurePrefix = "there exists a procedure ";
    private const string ResultPrefix = "the result should be";

    private readonly string _graphsFolder;
    private readonly TimeSpan _timeout;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    private CypherEngine? _engine;
    private QueryResult? _result;
    private Exception? _queryError;
    private GraphSnapshot? _before;
    private SideEffects? _sideEffects;
    private string? _sideEffectsProblem;
    private string? _strictMessage;

    public ScenarioExecutor(string graphsFolder, TimeSpan timeout, CancellationToken cancellation)
    {
        _graphsFolder = graphsFolder;
        _timeout = timeout;
        _cancellation = cancellation;
    }

    public ScenarioOutcome Run(TckScenario scenario)
    {
        try
        {
            foreach (var step in scenario.Steps)
            {
                _cancellation.ThrowIfCancellationRequested();
                RunStep(step);
            }

            if (_result is null && _queryError is null)
            {
                throw new ScenarioFailureException("runner: scenario has no 'executing query' step");
            }

            return new ScenarioOutcome(scenario, true, _strictMessage is null, null, _strictMessage);
        }
        catch (ScenarioFailureException ex)
        {
            return new ScenarioOutcome(scenario, false, false, ex.Message, _strictMessage);
        }
        catch (FormatException ex)
        {
            return new ScenarioOutcome(scenario, false, false, "runner: " + ex.Message, _strictMessage);
        }
        catch (Exception ex)
        {
            return new ScenarioOutcome(scenario, false, false, Describe(ex, "during a step"), _strictMessage);
        }
    }

    public void Dispose() => _engine?.Dispose();

    /// <summary>A one-line description of an exception coming out of the engine.</summary>
    public static string Describe(Exception ex, string where) => ex switch
    {
        CypherException ce => $"unexpected error {where}: {ExpectedError.TypeOf(ce)}{(ce.Detail is null ? string.Empty : "/" + ce.Detail)}: {OneLine(ce.Message)}",
        NotImplementedException ni => $"unsupported {where}: {OneLine(ni.Message)}{Origin(ni)}",
        OperationCanceledException => $"cancelled {where} (timeout)",
        _ => $"crash {where}: {ex.GetType().Name}: {OneLine(ex.Message)}{Origin(ex)}",
    };

    private static string OneLine(string text)
    {
        var single = text.ReplaceLineEndings(" ");
        return single.Length <= 200 ? single : single[..200] + "…";
    }

    // The throwing method tells a stub (NotImplementedException in CypherEngine.Execute) from a missing feature deep down.
    private static string Origin(Exception ex) =>
        ex.TargetSite is { } site ? $" [at {site.DeclaringType?.Name}.{site.Name}]" : string.Empty;

    private void RunStep(GherkinStep step)
    {
        var text = step.Text;
        switch (text)
        {
            case "an empty graph":
            case "any graph":
                NewEngine();
                return;
            case "having executed:":
                Setup(RequireDocString(step));
                return;
            case ParametersStep:
                ReadParameters(step);
                return;
            case "executing query:":
                ExecuteQueryUnderTest(RequireDocString(step));
                return;
            case "executing control query:":
                ExecuteControlQuery(RequireDocString(step));
                return;
            case "the result should be empty":
                CheckEmpty();
                return;
            case "no side effects":
                CheckSideEffects(SideEffects.None);
                return;
            case "the side effects should be:":
                CheckSideEffects(SideEffects.FromTable(step.Table ?? []));
                return;
        }

        if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal)
            && !text.StartsWith(ResultPrefix, StringComparison.Ordinal))
        {
            LoadNamedGraph(text["the ".Length..^" graph".Length]);
            return;
        }

        if (text.StartsWith(ProcedurePrefix, StringComparison.Ordinal))
        {
            RegisterProcedure(text[ProcedurePrefix.Length..], step.Table);
            return;
        }

        if (text.StartsWith(ResultPrefix, StringComparison.Ordinal))
        {
            CheckResult(text, step.Table);
            return;
        }

        if (ExpectedError.TryParse(text) is { } error)
        {
            CheckError(error);
            return;
        }

        throw new ScenarioFailureException($"runner: unknown step '{step.Keyword} {text}'");
    }

    private CypherEngine Engine => _engine ??= CreateEngine();

    private CypherEngine CreateEngine() => new(new CypherEngineOptions { DefaultTimeout = _timeout });

    private void NewEngine()
    {
        _engine?.Dispose();
        _engine = CreateEngine();
    }

    private static string RequireDocString(GherkinStep step) =>
        step.DocString ?? throw new FormatException($"step '{step.Text}' at line {step.Line} needs a doc string");

    private QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters) =>
        Engine.Execute(new QueryRequest(query, parameters, AccessMode.Write, _timeout), _cancellation);

    private void Setup(string query)
    {
        try
        {
            Execute(query, null);
        }
        catch (Exception ex)
        {
            throw new ScenarioFailureException(Describe(ex, "in setup query"));
        }
    }

    private void LoadNamedGraph(string name)
    {
        NewEngine();
        var script = Path.Combine(_graphsFolder, name, name + ".cypher");
        if (!File.Exists(script))
        {
            throw new ScenarioFailureException($"runner: named graph '{name}' not found at {script}");
        }

        Setup(File.ReadAllText(script));
    }

    private void ReadParameters(GherkinStep step)
    {
        foreach (var row in step.Table ?? [])
        {
            if (row.Count != 2)
            {
                throw new FormatException("parameter rows have two cells");
            }

            _parameters[row[0]] = EngineValueConverter.ToEngineValue(ValueNotationParser.Parse(row[1]));
        }
    }

    private void RegisterProcedure(string signature, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var definition = ProcedureFactory.Create(signature, table);
        try
        {
            Engine.RegisterProcedure(definition);
        }
        catch (Exception ex)
        {
            throw new ScenarioFailureException(Describe(ex, "registering a procedure"));
        }
    }

    private void ExecuteQueryUnderTest(string query)
    {
        try
        {
            _before = GraphSnapshot.Take(Engine);
        }
        catch (Exception ex)
        {
            _before = null;
            _sideEffectsProblem = Describe(ex, "reading the graph (ReadAll)");
        }

        try
        {
            _result = Execute(query, _parameters);
            _queryError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_cancellation.IsCancellationRequested)
        {
            _result = null;
            _queryError = ex;
        }

        if (_before is not null)
        {
            try
            {
                _sideEffects = GraphSnapshot.Difference(_before, GraphSnapshot.Take(Engine));
            }
            catch (Exception ex)
            {
                _sideEffectsProblem = Describe(ex, "reading the graph (ReadAll)");
            }
        }
    }

    private void ExecuteControlQuery(string query)
    {
        try
        {
            _result = Execute(query, null);
        }
        catch (Exception ex)
        {
            throw new ScenarioFailureException(Describe(ex, "in control query"));
        }
    }

    private QueryResult RequireResult()
    {
        if (_queryError is not null)
        {
            throw new ScenarioFailureException(Describe(_queryError, "in query"));
        }

        return _result ?? throw new ScenarioFailureException("runner: result checked before a query ran");
    }

    private void CheckEmpty()
    {
        var result = RequireResult();
        if (result.Rows.Count != 0)
        {
            throw new ScenarioFailureException(string.Create(CultureInfo.InvariantCulture, $"wrong result: expected empty result, got {result.Rows.Count} rows"));
        }
    }

    private void CheckResult(string text, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var result = RequireResult();
        var ordered = text.StartsWith(ResultPrefix + ", in order", StringComparison.Ordinal);
        var ignoreListOrder = text.Contains("ignoring element order for lists", StringComparison.Ordinal);
        var unordered = text.StartsWith(ResultPrefix + ", in any order", StringComparison.Ordinal)
            || text.StartsWith(ResultPrefix + " (ignoring", StringComparison.Ordinal);
        if (!ordered && !unordered)
        {
            throw new ScenarioFailureException($"runner: unknown result step '{text}'");
        }

        var problem = ResultMatcher.Compare(result, table ?? throw new FormatException("result step without a table"), ordered, ignoreListOrder);
        if (problem is not null)
        {
            throw new ScenarioFailureException(problem);
        }
    }

    private void CheckSideEffects(SideEffects expected)
    {
        _ = RequireResult();
        var actual = ActualSideEffects();
        if (actual != expected)
        {
            throw new ScenarioFailureException($"wrong side effects: expected {expected.Describe()}, got {actual.Describe()}");
        }
    }

    private SideEffects ActualSideEffects() =>
        _sideEffects ?? throw new ScenarioFailureException(_sideEffectsProblem ?? "runner: side effects checked before a query ran");

    private void CheckError(ExpectedError expected)
    {
        switch (_queryError)
        {
            case null when _result is null:
                throw new ScenarioFailureException("runner: error checked before a query ran");
            case null:
                throw new ScenarioFailureException($"expected {expected.Type}, got none");
            case CypherException ce:
                var effects = ActualSideEffects();
                if (effects != SideEffects.None)
                {
                    throw new ScenarioFailureException($"error left side effects: {effects.Describe()} ({expected.Type} expected)");
                }

                if (!expected.TypeMatches(ce) || !expected.DetailMatches(ce))
                {
                    _strictMessage = $"wrong error: expected {expected}, got {ExpectedError.TypeOf(ce)}/{ce.Detail ?? "(no detail)"}: {OneLine(ce.Message)}";
                }

                return;
            default:
                throw new ScenarioFailureException($"expected {expected.Type}, got " + Describe(_queryError, "in query"));
        }
    }
}
