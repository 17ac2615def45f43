using Microsoft.Extensions.Options;
using RelationsGraph.Infrastructure;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Refuses to start on unusable account settings, naming the setting: an unknown role, a bad name, a user without a
/// password, or a plain password read from a settings file (passwords come from the environment or user-secrets).
/// </summary>
internal sealed class AuthOptionsValidator(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFailedAttempts < 1)
        {
            failures.Add("Auth:MaxFailedAttempts must be at least 1.");
        }

        if (options.LockoutDuration <= TimeSpan.Zero || options.SessionLifetime <= TimeSpan.Zero || options.RevalidateInterval < TimeSpan.Zero)
        {
            failures.Add("Auth:LockoutDuration and Auth:SessionLifetime must be positive, Auth:RevalidateInterval not negative.");
        }

        if (options.MinPasswordLength is < 8 or > Passwords.MaxLength)
        {
            failures.Add($"Auth:MinPasswordLength must be between 8 and {Passwords.MaxLength}.");
        }

        CheckSecret($"{AuthOptions.Section}:{nameof(AuthOptions.InitialAdminPassword)}", failures);
        if (options.InitialAdminPassword is { Length: > 0 } initial && initial.Length < options.MinPasswordLength)
        {
            failures.Add($"Auth:InitialAdminPassword must have at least {options.MinPasswordLength} characters.");
        }

        foreach (var (userName, user) in options.Users)
        {
            var key = $"{AuthOptions.Section}:Users:{userName}";
            if (!UserNames.IsValid(UserNames.Normalize(userName)))
            {
                failures.Add($"{key}: '{userName}' is not a valid user name (letters, digits, '.', '_', '-', '@'; at most {UserNames.MaxLength}).");
            }

            if (Roles.Parse(user.Role) is null)
            {
                failures.Add($"{key}:Role must be one of {string.Join(", ", Roles.All)}.");
            }

            if (string.IsNullOrEmpty(user.PasswordHash) && string.IsNullOrEmpty(user.Password))
            {
                failures.Add($"{key} needs a PasswordHash or a Password.");
            }

            CheckSecret($"{key}:Password", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckSecret(string key, List<string> failures)
    {
        if (ConfigurationSecrets.FileSource(configuration, key) is { } file)
        {
            failures.Add($"{key} must come from the environment ({key.Replace(":", "__", StringComparison.Ordinal)}) or user-secrets, not from a settings file ({file}).");
        }
    }
}
