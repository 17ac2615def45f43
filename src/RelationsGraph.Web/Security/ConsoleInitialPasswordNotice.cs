namespace RelationsGraph.Web.Security;

/// <summary>
/// Prints the one-time password to the console (standard output) directly, not through logging: log sinks keep
/// and ship what they get, and this must be seen once by the person at the terminal and kept nowhere.
/// </summary>
internal sealed class ConsoleInitialPasswordNotice : IInitialPasswordNotice
{
    public void Show(string userName, string password)
    {
        var text = $"""

            ================================================================================
             RelationsGraph: first start, no accounts yet. Sign in as '{userName}' with the
             one-time password below; you will be asked to choose a new one. It is shown
             only this once and stored only as a hash.

                 {password}

            ================================================================================

            """;
        Console.Out.WriteLine(text);
        Console.Out.Flush();
    }
}
