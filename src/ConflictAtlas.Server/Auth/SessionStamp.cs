using System.Security.Cryptography;
using System.Text;

namespace ConflictAtlas.Server.Auth;

/// <summary>
/// Ties a session cookie to the account as it was at sign-in: a digest of the password hash (which has a random salt,
/// so it changes with every new password and differs for a new account under an old name). Each cookie request checks
/// the account still exists with that stamp, so removing a user or changing a password ends their sessions at once.
/// </summary>
public static class SessionStamp
{
    /// <summary>The claim carrying the stamp inside the (encrypted) session cookie.</summary>
    public const string ClaimType = "atlas:stamp";

    /// <summary>The claim carrying the session's random key; the store keeps its SHA-256 until sign-out.</summary>
    public const string SessionClaimType = "atlas:session";

    /// <summary>A new random session key (32 bytes, URL-safe base64).</summary>
    public static string NewSessionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What the store keeps of a session key.</summary>
    public static string SessionDigest(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("atlas session\n" + key)));
    }

    public static string Of(string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(passwordHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("atlas session stamp\n" + passwordHash)));
    }
}
