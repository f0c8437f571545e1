using System.Security.Cryptography;
using System.Text;

namespace ConflictAtlas.Storage.Accounts;

/// <summary>API tokens: 32 random bytes shown once to the user; the store keeps only their SHA-256.</summary>
public static class ApiTokens
{
    /// <summary>Marks a string as an atlas token (so it is recognisable in a leaked config file).</summary>
    public const string Prefix = "atlas_";

    private const int TokenBytes = 32;

    /// <summary>How long a new token works unless <c>atlas users token --days N</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Sha256(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
