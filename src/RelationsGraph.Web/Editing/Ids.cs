using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Ids are stable, human-readable slugs (<c>south-korea</c>, <c>ev-troops-nis</c>). A new record without one
/// gets a slug made from its name; one given by the client must already be a slug.
/// </summary>
internal static partial class Ids
{
    public static bool IsValid(string id) => id.Length <= EditLimits.MaxId && SlugPattern().IsMatch(id);

    /// <summary>A slug from free text: accents dropped, anything else but letters and digits becomes '-'.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = DashRun().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>The first of <paramref name="stem"/>, <c>stem-2</c>, <c>stem-3</c>, … not in <paramref name="taken"/>.</summary>
    public static string FirstFree(string stem, IReadOnlyCollection<string> taken)
    {
        var set = taken.ToHashSet(StringComparer.Ordinal);
        if (!set.Contains(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!set.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex DashRun();
}
