using Microsoft.Extensions.Configuration;

namespace RelationsGraph.Infrastructure;

/// <summary>Where a secret setting comes from, so a secret committed to a settings file can be refused at start.</summary>
public static class ConfigurationSecrets
{
    /// <summary>
    /// The settings file the value of <paramref name="key"/> comes from, when it comes from one other than
    /// user-secrets; null when it comes from the environment, user-secrets, the command line or memory, or is unset.
    /// A file provider names itself "JsonConfigurationProvider for 'appsettings.json' (Optional)".
    /// </summary>
    public static string? FileSource(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        var winner = root.Providers.LastOrDefault(p => p.TryGet(key, out var value) && !string.IsNullOrEmpty(value));
        var description = winner?.ToString() ?? "";
        var isFile = description.Contains(" for '", StringComparison.Ordinal);
        return isFile && !description.Contains("secrets.json", StringComparison.OrdinalIgnoreCase) ? description : null;
    }
}
