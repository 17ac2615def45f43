namespace RelationsGraph.Web.Security;

/// <summary>Marks an endpoint that takes file uploads: its body may reach <c>Security:MaxUploadBytes</c> instead of the usual limit.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UploadAttribute : Attribute;
