using System.Globalization;
using RelationsGraph.Tck.Reporting;
using RelationsGraph.Tck.Running;

namespace RelationsGraph.Tck;

/// <summary>The openCypher TCK runner: runs the shared feature files against the embedded engine and reports conformance.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        RunnerOptions options;
        try
        {
            options = RunnerOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(RunnerOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(RunnerOptions.Usage);
            return 0;
        }

        foreach (var list in new[] { options.GateFile, options.KnownFailuresFile })
        {
            if (list is not null && !File.Exists(list))
            {
                await Console.Error.WriteLineAsync($"list file {list} does not exist").ConfigureAwait(false);
                return 2;
            }
        }

        var root = ScenarioDiscovery.FindRepositoryRoot();
        var features = options.FeaturesFolder is { } given ? Path.GetFullPath(given) : ScenarioDiscovery.DefaultFeaturesFolder(root);
        if (features is null || !Directory.Exists(features))
        {
            var why = features is null
                ? "RelationsGraph.sln was not found above the current directory, so ../shared/opencypher-tck/features cannot be located"
                : $"the features folder {features} does not exist (pass --features DIR)";
            Console.WriteLine($"TCK not available: {why}.");
            return 0;
        }

        var all = ScenarioDiscovery.Load(features);
        var duplicates = all.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var id in duplicates)
        {
            Console.WriteLine("warning: duplicate scenario id " + id);
        }

        var selected = all
            .Where(s => options.Filters.Count == 0 || options.Filters.Any(f => s.Id.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var ignored = selected.Count(s => s.IsIgnored);
        var runnable = selected.Where(s => !s.IsIgnored).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Running {runnable.Count} scenarios from {features} ({ignored} @ignore skipped; {all.Count} in all), timeout {options.TimeoutSeconds} s, {options.Parallelism} in parallel"));

        var graphs = Path.GetFullPath(Path.Combine(features, "..", "graphs"));
        var runner = new TckRunner(graphs, TimeSpan.FromSeconds(options.TimeoutSeconds), options.Parallelism);
        var done = 0;
        var outcomes = await runner.RunAllAsync(runnable, outcome =>
        {
            var n = Interlocked.Increment(ref done);
            if (options.Verbose && !outcome.PassedIn(options.Strict))
            {
                Console.WriteLine($"FAIL {outcome.Scenario.Id}: {outcome.FailureIn(options.Strict)}");
            }
            else if (n % 500 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... {n}/{runnable.Count}"));
            }
        }).ConfigureAwait(false);

        Console.WriteLine();
        RunReport.WriteFolderTable(Console.Out, outcomes, options.Strict);
        RunReport.WriteFailureCategories(Console.Out, outcomes, options.Strict, top: 20);

        if (options.JsonFile is { } json)
        {
            RunReport.WriteJson(json, outcomes, options.Strict);
        }

        if (options.WritePassListFile is { } passList)
        {
            RunReport.WritePassList(passList, outcomes, options.Strict);
        }

        if (options.WriteKnownFailuresFile is { } knownOut)
        {
            RunReport.WriteKnownFailures(knownOut, outcomes, options.Strict);
        }

        var exitCode = 0;
        var filtered = options.Filters.Count > 0;
        if (options.GateFile is { } gate && !CheckGate(gate, outcomes, options.Strict, filtered))
        {
            exitCode = 1;
        }

        if (options.KnownFailuresFile is { } known && !CheckKnownFailures(known, outcomes, options.Strict))
        {
            exitCode = 1;
        }

        var total = outcomes.Count;
        var lenient = outcomes.Count(o => o.Passed);
        var strict = outcomes.Count(o => o.StrictPassed);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lenient (any error satisfies an error step): {lenient}/{total} ({RunReport.Percent(lenient, total)}%)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Strict (error type and detail must match):   {strict}/{total} ({RunReport.Percent(strict, total)}%)"));
        var passed = options.Strict ? strict : lenient;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TCK conformance: {passed}/{total} scenarios passed ({RunReport.Percent(passed, total)}%)"));
        return exitCode;
    }

    private static bool CheckGate(string gateFile, IReadOnlyList<ScenarioOutcome> outcomes, bool strict, bool filtered)
    {
        var byId = outcomes.ToDictionary(o => o.Scenario.Id, StringComparer.Ordinal);
        var regressions = new List<string>();
        foreach (var id in RunReport.ReadIds(gateFile))
        {
            if (!byId.TryGetValue(id, out var outcome))
            {
                // With --filter only part of the list ran; an id that was not selected is not a regression.
                if (!filtered)
                {
                    regressions.Add(id + "\t(scenario not found)");
                }

                continue;
            }

            if (!outcome.PassedIn(strict))
            {
                regressions.Add(id + "\t" + outcome.FailureIn(strict));
            }
        }

        Console.WriteLine();
        if (regressions.Count == 0)
        {
            Console.WriteLine($"Gate passed: every scenario listed in {gateFile} passes.");
            return true;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Gate FAILED: {regressions.Count} scenario(s) listed in {gateFile} no longer pass:"));
        foreach (var line in regressions)
        {
            Console.WriteLine("  " + line);
        }

        return false;
    }

    private static bool CheckKnownFailures(string knownFile, IReadOnlyList<ScenarioOutcome> outcomes, bool strict)
    {
        var known = RunReport.ReadIds(knownFile).ToHashSet(StringComparer.Ordinal);
        var unexpected = outcomes.Where(o => !o.PassedIn(strict) && !known.Contains(o.Scenario.Id)).ToList();
        var fixedNow = outcomes.Count(o => o.PassedIn(strict) && known.Contains(o.Scenario.Id));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Known failures: {known.Count} listed, {fixedNow} of them now pass (regenerate the file with --write-known-failures)."));
        if (unexpected.Count == 0)
        {
            return true;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unexpected.Count} failing scenario(s) are not in {knownFile}:"));
        foreach (var o in unexpected)
        {
            Console.WriteLine($"  {o.Scenario.Id}\t{o.FailureIn(strict)}");
        }

        return false;
    }
}
