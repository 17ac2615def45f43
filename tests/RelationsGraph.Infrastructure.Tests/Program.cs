namespace RelationsGraph.Infrastructure.Tests;

/// <summary>
/// The test assembly is also a small program, so a durability test can start a real writer process and
/// kill it with SIGKILL mid-stream.
/// </summary>
public static class Program
{
    public static int Main(string[] args) =>
        args.Length == 2 && args[0] == Embedded.CrashWriter.Verb ? Embedded.CrashWriter.Run(args[1]) : 0;
}
