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

    /// <summary>Records a new token for the account; throws <see cref="StoreException"/> when there is no such name.</summary>
    Task<UserAccount> AddTokenAsync(string name, string tokenSha256, CancellationToken cancellationToken = default);

    /// <summary>The account a token belongs to, or null.</summary>
    Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default);

    /// <summary>Deletes the account and every token of it (revisions and comments keep the name they were written
    /// under); throws <see cref="StoreException"/> when there is no such name.</summary>
    Task RemoveUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes every API token of the account and returns how many there were; throws
    /// <see cref="StoreException"/> when there is no such name.</summary>
    Task<int> RevokeTokensAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Replaces the account's password hash; throws <see cref="StoreException"/> when there is no such name.</summary>
    Task SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken = default);
}
