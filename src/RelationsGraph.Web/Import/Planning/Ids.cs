using System.Text;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>Readable, deterministic ids: slugs, and tie ids derived from a data set and a row's key.</summary>
internal static class Ids
{
    public const int MaxLength = 200;

    // Accented Latin letters as their ASCII base, so "Côte d'Ivoire" gives cote-d-ivoire. Written out because
    // the app runs with invariant globalization, where Unicode decomposition is not available.
    private static readonly Dictionary<char, string> Folded = new()
    {
        ['À'] = "a", ['Á'] = "a", ['Â'] = "a", ['Ã'] = "a", ['Ä'] = "a", ['Å'] = "a", ['Æ'] = "ae", ['Ç'] = "c", ['È'] = "e", ['É'] = "e",
        ['Ê'] = "e", ['Ë'] = "e", ['Ì'] = "i", ['Í'] = "i", ['Î'] = "i", ['Ï'] = "i", ['Ð'] = "d", ['Ñ'] = "n", ['Ò'] = "o", ['Ó'] = "o",
        ['Ô'] = "o", ['Õ'] = "o", ['Ö'] = "o", ['Ø'] = "o", ['Ù'] = "u", ['Ú'] = "u", ['Û'] = "u", ['Ü'] = "u", ['Ý'] = "y", ['Þ'] = "th",
        ['ß'] = "ss", ['à'] = "a", ['á'] = "a", ['â'] = "a", ['ã'] = "a", ['ä'] = "a", ['å'] = "a", ['æ'] = "ae", ['ç'] = "c", ['è'] = "e",
        ['é'] = "e", ['ê'] = "e", ['ë'] = "e", ['ì'] = "i", ['í'] = "i", ['î'] = "i", ['ï'] = "i", ['ð'] = "d", ['ñ'] = "n", ['ò'] = "o",
        ['ó'] = "o", ['ô'] = "o", ['õ'] = "o", ['ö'] = "o", ['ø'] = "o", ['ù'] = "u", ['ú'] = "u", ['û'] = "u", ['ü'] = "u", ['ý'] = "y",
        ['þ'] = "th", ['ÿ'] = "y", ['Ā'] = "a", ['ā'] = "a", ['Ă'] = "a", ['ă'] = "a", ['Ą'] = "a", ['ą'] = "a", ['Ć'] = "c", ['ć'] = "c",
        ['Ĉ'] = "c", ['ĉ'] = "c", ['Ċ'] = "c", ['ċ'] = "c", ['Č'] = "c", ['č'] = "c", ['Ď'] = "d", ['ď'] = "d", ['Đ'] = "d", ['đ'] = "d",
        ['Ē'] = "e", ['ē'] = "e", ['Ĕ'] = "e", ['ĕ'] = "e", ['Ė'] = "e", ['ė'] = "e", ['Ę'] = "e", ['ę'] = "e", ['Ě'] = "e", ['ě'] = "e",
        ['Ĝ'] = "g", ['ĝ'] = "g", ['Ğ'] = "g", ['ğ'] = "g", ['Ġ'] = "g", ['ġ'] = "g", ['Ģ'] = "g", ['ģ'] = "g", ['Ĥ'] = "h", ['ĥ'] = "h",
        ['Ħ'] = "h", ['ħ'] = "h", ['Ĩ'] = "i", ['ĩ'] = "i", ['Ī'] = "i", ['ī'] = "i", ['Ĭ'] = "i", ['ĭ'] = "i", ['Į'] = "i", ['į'] = "i",
        ['İ'] = "i", ['ı'] = "i", ['Ĳ'] = "ij", ['ĳ'] = "ij", ['Ĵ'] = "j", ['ĵ'] = "j", ['Ķ'] = "k", ['ķ'] = "k", ['ĸ'] = "k", ['Ĺ'] = "l",
        ['ĺ'] = "l", ['Ļ'] = "l", ['ļ'] = "l", ['Ľ'] = "l", ['ľ'] = "l", ['Ŀ'] = "l", ['ŀ'] = "l", ['Ł'] = "l", ['ł'] = "l", ['Ń'] = "n",
        ['ń'] = "n", ['Ņ'] = "n", ['ņ'] = "n", ['Ň'] = "n", ['ň'] = "n", ['ŉ'] = "n", ['Ŋ'] = "n", ['ŋ'] = "n", ['Ō'] = "o", ['ō'] = "o",
        ['Ŏ'] = "o", ['ŏ'] = "o", ['Ő'] = "o", ['ő'] = "o", ['Œ'] = "oe", ['œ'] = "oe", ['Ŕ'] = "r", ['ŕ'] = "r", ['Ŗ'] = "r", ['ŗ'] = "r",
        ['Ř'] = "r", ['ř'] = "r", ['Ś'] = "s", ['ś'] = "s", ['Ŝ'] = "s", ['ŝ'] = "s", ['Ş'] = "s", ['ş'] = "s", ['Š'] = "s", ['š'] = "s",
        ['Ţ'] = "t", ['ţ'] = "t", ['Ť'] = "t", ['ť'] = "t", ['Ŧ'] = "t", ['ŧ'] = "t", ['Ũ'] = "u", ['ũ'] = "u", ['Ū'] = "u", ['ū'] = "u",
        ['Ŭ'] = "u", ['ŭ'] = "u", ['Ů'] = "u", ['ů'] = "u", ['Ű'] = "u", ['ű'] = "u", ['Ų'] = "u", ['ų'] = "u", ['Ŵ'] = "w", ['ŵ'] = "w",
        ['Ŷ'] = "y", ['ŷ'] = "y", ['Ÿ'] = "y", ['Ź'] = "z", ['ź'] = "z", ['Ż'] = "z", ['ż'] = "z", ['Ž'] = "z", ['ž'] = "z", ['ſ'] = "s",
    };

    /// <summary>Lower case ASCII letters and digits, other runs of characters become one hyphen.</summary>
    public static string Slug(string text)
    {
        // Most keys already are slugs (lower-case codes and ids): hand them back without copying.
        if (IsPlain(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text)
        {
            var letters = char.IsAsciiLetterOrDigit(c) ? null : Folded.GetValueOrDefault(c);
            if (char.IsAsciiLetterOrDigit(c) || letters is not null)
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                if (letters is null)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(letters);
                }

                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.ToString();
    }

    public static bool IsSlug(string text) => text.Length > 0 && Slug(text) == text;

    /// <summary>
    /// A tie id from its parts: their slugs joined by hyphens. When a slug loses information (case, spaces,
    /// punctuation, or a hyphen that would blur where one part ends), a 40-bit hash of the exact parts is
    /// appended, so keys that slug alike still get different ids and the same key always gives the same one.
    /// </summary>
    public static string Derive(IReadOnlyList<string> parts)
    {
        var id = new StringBuilder(64);
        var lossless = true;
        foreach (var part in parts)
        {
            var slug = Slug(part);
            lossless &= slug.Length > 0 && ReferenceEquals(slug, part) && !part.Contains('-', StringComparison.Ordinal);
            if (slug.Length > 0)
            {
                (id.Length > 0 ? id.Append('-') : id).Append(slug);
            }
        }

        if (lossless && id.Length <= MaxLength)
        {
            return id.ToString();
        }

        var digest = Fnv1a(parts);

        if (id.Length > MaxLength - 11)
        {
            id.Length = MaxLength - 11;
            while (id.Length > 0 && id[^1] == '-')
            {
                id.Length--;
            }
        }

        return id.Append('-').Append((digest & 0xFF_FFFF_FFFF).ToString("x10", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    // 64-bit FNV-1a over the parts' characters, with a separator between parts. The hash only tells apart keys
    // whose readable slugs look alike, so it needs to be stable and well spread, not cryptographic (and it is
    // far cheaper than a SHA-256 per row of a large import).
    private static ulong Fnv1a(IReadOnlyList<string> parts)
    {
        const ulong prime = 1099511628211;
        var hash = 14695981039346656037;
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0)
            {
                hash = (hash ^ 0x1F) * prime;
            }

            foreach (var c in parts[p])
            {
                hash = (hash ^ (byte)c) * prime;
                hash = (hash ^ (byte)(c >> 8)) * prime;
            }
        }

        return hash;
    }

    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }
}
