using System.Security.Cryptography;
using System.Text;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>Readable, deterministic ids: slugs, and tie ids derived from a data set and a row's key.</summary>
internal static class Ids
{
    public const int MaxLength = 200;

    /// <summary>Lower case ASCII letters and digits, other runs of characters become one hyphen.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }
        }

        return builder.ToString();
    }

    public static bool IsSlug(string text) => text.Length > 0 && Slug(text) == text;

    /// <summary>
    /// A tie id from its parts: their slugs joined by hyphens. When a slug loses information (case, spaces,
    /// punctuation, or a hyphen that would blur where one part ends), a short hash of the exact parts is
    /// appended, so different keys never share an id and the same key always gives the same one.
    /// </summary>
    public static string Derive(IReadOnlyList<string> parts)
    {
        var slugs = parts.Select(Slug).ToList();
        var lossless = parts.Zip(slugs).All(p => p.First == p.Second && !p.First.Contains('-', StringComparison.Ordinal) && p.First.Length > 0);
        var id = string.Join('-', slugs.Where(s => s.Length > 0));
        if (lossless && id.Length <= MaxLength)
        {
            return id;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..10];
        return (id.Length > MaxLength - 11 ? id[..(MaxLength - 11)].TrimEnd('-') : id) + "-" + hash;
    }
}
