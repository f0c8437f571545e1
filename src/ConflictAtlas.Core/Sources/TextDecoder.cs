using System.Text;
using System.Text.RegularExpressions;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Turns the bytes of a page or a text file into text. Refuses binary content (by signature or NUL bytes) and empty
/// input with a message that says why. The encoding is taken, in order, from a byte-order mark, the charset the
/// server declared, a <c>&lt;meta charset&gt;</c> in the first bytes of an HTML page, and otherwise UTF-8 with a
/// Windows-1252 fallback when the bytes are not valid UTF-8. ISO-8859-1 and US-ASCII are read as Windows-1252, as
/// browsers do.
/// </summary>
public static partial class TextDecoder
{
    /// <summary>How far into a page a <c>&lt;meta charset&gt;</c> is looked for (the HTML standard prescans 1024 bytes; pages often put it later).</summary>
    public const int MetaPrescanBytes = 4096;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or Office document)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Office document"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ("RIFF"u8.ToArray(), "a RIFF media file (WebP, WAV or AVI)"),
    ];

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is the HTTP header's charset, if any.</summary>
    /// <remarks><paramref name="mayBeHtml"/>: whether a charset declared inside the markup (a meta tag or an XML declaration) applies.</remarks>
    public static string Decode(string origin, byte[] bytes, string? declaredCharset = null, bool mayBeHtml = true)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.AsSpan().StartsWith(magic))
            {
                throw new InputException($"{origin}: looks like {kind}, not text or HTML");
            }
        }

        var bom = BomEncoding(bytes, out var bomLength);
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (bom is null || bom is UTF8Encoding)
        {
            if (probe.Contains((byte)0))
            {
                throw new InputException($"{origin}: looks like a binary file (it contains NUL bytes), not text or HTML");
            }
        }

        string text;
        if (bom is not null)
        {
            text = bom.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        else if ((Resolve(declaredCharset) ?? (mayBeHtml ? Resolve(MetaCharset(bytes)) : null)) is { } declared)
        {
            text = declared.GetString(bytes);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Windows1252.Repair(Encoding.Latin1.GetString(bytes));
            }
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{origin}: file is empty");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>The encoding for a charset label, or null when the label is missing or unknown.</summary>
    public static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252")
        {
            return Windows1252Encoding;
        }

        if (label is "utf8" or "utf-8")
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: false);
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset named by a <c>&lt;meta&gt;</c> tag or an XML declaration in the first bytes of a page or feed, or null.</summary>
    public static string? MetaCharset(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, MetaPrescanBytes));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding Windows1252Encoding { get; } = RegisterCodePages();

    /// <summary>Registers the legacy code pages (Windows-125x, KOI8-R, Shift-JIS...) once, so charset labels resolve.</summary>
    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static Encoding? BomEncoding(byte[] bytes, out int length)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return new UTF8Encoding(false, throwOnInvalidBytes: false);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        length = 0;
        return null;
    }

    [GeneratedRegex("""(?:<meta\b[^>]*?charset|<\?xml\b[^>]*?encoding)\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MetaCharsetPattern();
}
