using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Storage;

/// <summary>Accounts and API tokens. Passwords arrive already hashed (<see cref="PasswordHasher"/>); tokens as their SHA-256.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account; throws <see cref="StoreException"/> when the name is taken.</summary>
    Task<UserAccount> AddUserAsync(string name, string role, string passwordHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default);

    /// <summary>The account and its password hash, or null when there is no such name.</summary>
    Task<UserCredentials?> FindCredentialsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Records a new token for the account, valid until <paramref name="expiresAt"/>; throws
    /// <see cref="StoreException"/> when there is no such name.</summary>
    Task<UserAccount> AddTokenAsync(string name, string tokenSha256, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Records a new token for the account that works for <see cref="Accounts.ApiTokens.DefaultLifetime"/>.</summary>
    Task<UserAccount> AddTokenAsync(string name, string tokenSha256, CancellationToken cancellationToken = default) =>
        AddTokenAsync(name, tokenSha256, DateTimeOffset.UtcNow + Accounts.ApiTokens.DefaultLifetime, cancellationToken);

    /// <summary>The account a token belongs to, or null when the token is unknown or has expired (a token stored
    /// without an expiry lasts <see cref="Accounts.ApiTokens.DefaultLifetime"/> from its creation).</summary>
    Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default);

    /// <summary>Deletes the account and every token of it (revisions and comments keep the name they were written
    /// under); throws <see cref="StoreException"/> when there is no such name.</summary>
    Task RemoveUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes every API token of the account and returns how many there were; throws
    /// <see cref="StoreException"/> when there is no such name.</summary>
    Task<int> RevokeTokensAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Records a signed-in dashboard session (the SHA-256 of the random key its cookie carries).</summary>
    Task AddSessionAsync(string sessionSha256, long userId, CancellationToken cancellationToken = default);

    /// <summary>True while the session has not been ended (signed out, the account removed or its password changed).</summary>
    Task<bool> SessionExistsAsync(string sessionSha256, CancellationToken cancellationToken = default);

    /// <summary>Ends a session: its cookie no longer signs in, wherever a copy of it is.</summary>
    Task EndSessionAsync(string sessionSha256, CancellationToken cancellationToken = default);

    /// <summary>Replaces the account's password hash and ends its dashboard sessions; throws <see cref="StoreException"/> when there is no such name.</summary>
    Task SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken = default);
}
