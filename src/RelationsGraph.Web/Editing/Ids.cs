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

    /// <summary>
    /// The first of <paramref name="stem"/>, <c>stem-2</c>, <c>stem-3</c>, … that is free; <paramref name="takenAmong"/>
    /// answers which of a batch of candidates are taken (one query per batch, by id, so it uses the id index).
    /// </summary>
    public static async Task<string> FirstFreeAsync(string stem, Func<IReadOnlyList<string>, Task<IReadOnlyList<string>>> takenAmong)
    {
        const int batch = 20;
        for (var first = 1; ; first += batch)
        {
            var candidates = Enumerable.Range(first, batch)
                .Select(n => n == 1 ? stem : $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}")
                .ToList();
            var taken = (await takenAmong(candidates).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            if (candidates.FirstOrDefault(c => !taken.Contains(c)) is { } free)
            {
                return free;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex DashRun();
}
