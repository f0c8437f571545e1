using System.Security.Cryptography;
using System.Text;

namespace ConflictAtlas.Core.Text;

/// <summary>Stable document ids: the first 16 hex digits of SHA-256 over the origin and the raw text.</summary>
public static class DocumentId
{
    public static string Compute(string? origin, string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var bytes = Encoding.UTF8.GetBytes((origin ?? string.Empty) + "\n" + rawText);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}
