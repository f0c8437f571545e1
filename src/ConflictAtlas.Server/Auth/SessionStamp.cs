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

    public static string Of(string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(passwordHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("atlas session stamp\n" + passwordHash)));
    }
}
