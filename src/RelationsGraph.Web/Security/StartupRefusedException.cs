namespace RelationsGraph.Web.Security;

/// <summary>Start-up found the app unsafe to serve as configured; the message says why and what to do.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
