using System.IO.Compression;
using System.Text;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Reads a local report: <c>.txt</c>, <c>.html</c>, <c>.htm</c> or <c>.html.gz</c>. Refuses binary files (by
/// signature or NUL bytes), empty files and files over <see cref="MaxBytes"/>, with a message that says why.
/// Text is decoded as UTF-8 (BOM honoured), falling back to Windows-1252 when the bytes are not valid UTF-8.
/// </summary>
public static class FileArticleSource
{
    /// <summary>The largest input read (after decompression): 64 MiB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static IReadOnlySet<string> SupportedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".html.gz", ".htm.gz" };

    public static RawArticle Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file");
        }

        if (FileKind.NonRegular(path) is { } kind)
        {
            // Opening a named pipe to read it would wait for a writer forever.
            throw new InputException($"{path}: is a {kind}, not a regular file; skipped");
        }

        var extension = Extension(path);
        if (!SupportedExtensions.Contains(extension))
        {
            throw new InputException($"{path}: unsupported file type '{extension}' (expected .txt, .html, .htm or .html.gz)");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                throw new InputException($"{path}: file is {info.Length / (1024 * 1024)} MiB, over the {MaxBytes / (1024 * 1024)} MiB limit");
            }

            bytes = extension.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException($"{path}: permission denied", ex);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new InputException($"{path}: cannot be read ({ex.Message})", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new InputException($"{path}: not a valid gzip file ({ex.Message})", ex);
        }

        var isHtml = extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase);
        var content = TextDecoder.Decode(path, bytes, declaredCharset: null, mayBeHtml: isHtml);
        return new RawArticle(path, content, isHtml);
    }

    /// <summary>Decodes bytes to text, refusing binary content and empty input (see <see cref="TextDecoder"/>).</summary>
    public static string Decode(string origin, byte[] bytes) => TextDecoder.Decode(origin, bytes);

    public static string Extension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetExtension(name[..^3]) + ".gz";
        }

        return Path.GetExtension(name);
    }

    /// <summary>CRC-32 and length of the data, at the end of a gzip file.</summary>
    private const int GzipTrailerSize = 8;

    /// <summary>Header (10 bytes), an empty deflate block and the trailer.</summary>
    private const int GzipMinimumSize = 18;

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new InputException($"{path}: decompresses to over {MaxBytes / (1024 * 1024)} MiB");
            }
        }

        if (buffer.Length == 0 && new FileInfo(path).Length > 0)
        {
            throw new InvalidDataException("it is truncated or holds no data");
        }

        // A cut-off file decompresses without complaint as far as it goes; its last four bytes are then not the
        // gzip trailer's length of the data (RFC 1952 ISIZE, the length modulo 2^32).
        file.Seek(-Math.Min(file.Length, GzipTrailerSize), SeekOrigin.End);
        var trailer = new byte[GzipTrailerSize];
        file.ReadExactly(trailer);
        if (file.Length < GzipMinimumSize || BitConverter.ToUInt32(trailer, 4) != (uint)buffer.Length)
        {
            throw new InvalidDataException($"it is truncated: {buffer.Length} bytes could be read, and the end of the file does not close the gzip stream");
        }

        return buffer.ToArray();
    }
}
