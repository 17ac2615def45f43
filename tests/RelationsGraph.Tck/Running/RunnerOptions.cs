using System.Globalization;

namespace RelationsGraph.Tck.Running;

/// <summary>Command-line options of the TCK runner.</summary>
internal sealed record RunnerOptions
{
    public const string Usage =
        "usage: RelationsGraph.Tck [--features DIR] [--filter SUBSTRING] [--json FILE] [--strict] [--gate PASSLIST] "
        + "[--write-passlist FILE] [--known-failures FILE] [--write-known-failures FILE] [--timeout-seconds N] [--parallel N] [--verbose]";

    public string? FeaturesFolder { get; init; }

    public IReadOnlyList<string> Filters { get; init; } = [];

    public string? JsonFile { get; init; }

    public bool Strict { get; init; }

    public string? GateFile { get; init; }

    public string? WritePassListFile { get; init; }

    public string? KnownFailuresFile { get; init; }

    public string? WriteKnownFailuresFile { get; init; }

    public int TimeoutSeconds { get; init; } = 10;

    public int Parallelism { get; init; } = 2;

    public bool Verbose { get; init; }

    public bool ShowHelp { get; init; }

    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunnerOptions();
        var filters = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");

            options = args[i] switch
            {
                "--features" => options with { FeaturesFolder = Value() },
                "--filter" => AddFilter(options, filters, Value()),
                "--json" => options with { JsonFile = Value() },
                "--strict" => options with { Strict = true },
                "--gate" => options with { GateFile = Value() },
                "--write-passlist" => options with { WritePassListFile = Value() },
                "--known-failures" => options with { KnownFailuresFile = Value() },
                "--write-known-failures" => options with { WriteKnownFailuresFile = Value() },
                "--timeout-seconds" => options with { TimeoutSeconds = PositiveInt(Value(), "--timeout-seconds") },
                "--parallel" => options with { Parallelism = PositiveInt(Value(), "--parallel") },
                "--verbose" or "-v" => options with { Verbose = true },
                "--help" or "-h" => options with { ShowHelp = true },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return options with { Filters = filters };
    }

    private static RunnerOptions AddFilter(RunnerOptions options, List<string> filters, string value)
    {
        filters.Add(value);
        return options;
    }

    private static int PositiveInt(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} needs a positive integer");
}
