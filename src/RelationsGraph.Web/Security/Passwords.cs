using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, iterated), the password
/// rules, and random one-time passwords.
/// </summary>
public sealed class Passwords(IOptions<AuthOptions> options)
{
    public const int MaxLength = 256;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // Verified against when the user name is unknown, so that a wrong name costs as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, Generate()));

    public string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Null when <paramref name="password"/> does not match; otherwise whether the hash should be renewed.</summary>
    public static bool? Verify(string hash, string password)
    {
        PasswordVerificationResult result;
        try
        {
            result = Hasher.VerifyHashedPassword(null!, hash, password);
        }
        catch (FormatException)
        {
            return null;
        }

        return result switch
        {
            PasswordVerificationResult.Success => false,
            PasswordVerificationResult.SuccessRehashNeeded => true,
            _ => null,
        };
    }

    /// <summary>Spends the time a real verification takes, for an unknown user.</summary>
    public static void VerifyDecoy(string password) => Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);

    /// <summary>Why <paramref name="password"/> is not acceptable, or null when it is.</summary>
    public string? Problem(string? password, string userName)
    {
        var min = options.Value.MinPasswordLength;
        if (string.IsNullOrEmpty(password) || password.Length < min)
        {
            return $"The password must have at least {min} characters.";
        }

        if (password.Length > MaxLength)
        {
            return $"The password must have at most {MaxLength} characters.";
        }

        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return "The password must not contain the user name.";
        }

        return password.Distinct().Count() < 5 ? "The password needs at least 5 different characters." : null;
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes (about 113 bits).</summary>
    public static string Generate()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
