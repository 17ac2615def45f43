using System.Text;

namespace RelationsGraph.Web.Import.Tables;

/// <summary>
/// Turns file bytes into text: a byte order mark (UTF-8, UTF-16, UTF-32) decides the encoding; without one
/// the bytes must be UTF-8, else they are read as ISO-8859-1 (what older spreadsheet exports mostly are),
/// and the caller is told which it was.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string Encoding, bool Bom) Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictDecode(StrictUtf8, bytes, 3), "UTF-8", true);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (StrictDecode(new UTF32Encoding(false, false, true), bytes, 4), "UTF-32LE", true);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (StrictDecode(new UTF32Encoding(true, false, true), bytes, 4), "UTF-32BE", true);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (StrictDecode(new UnicodeEncoding(false, false, true), bytes, 2), "UTF-16LE", true);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (StrictDecode(new UnicodeEncoding(true, false, true), bytes, 2), "UTF-16BE", true);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8", false);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), "ISO-8859-1", false);
        }
    }

    private static string StrictDecode(Encoding encoding, byte[] bytes, int skip)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"The file starts with a {encoding.WebName} byte order mark but is not valid {encoding.WebName}.");
        }
    }
}
