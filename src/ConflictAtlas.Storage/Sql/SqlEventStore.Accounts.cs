using System.Data.Common;
using System.Globalization;
using ConflictAtlas.Storage.Accounts;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>Accounts and API tokens (tables <c>users</c> and <c>api_tokens</c>, migration 002).</summary>
public abstract partial class SqlEventStore
{
    private const string UserColumns = "u.id, u.name, u.role, u.created_at";

    public async Task<UserAccount> AddUserAsync(string name, string role, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        if (!Roles.IsValid(role))
        {
            throw new StoreException($"unknown role '{role}' (expected {string.Join(" or ", Roles.All)})");
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteScalarAsync<long?>("select id from users where name = @name", new { name }, tx).ConfigureAwait(false) is not null)
        {
            throw new StoreException($"there is already a user named '{name}'");
        }

        var now = Now();
        var id = await connection.ExecuteScalarAsync<long>(
            "insert into users (name, role, password_hash, created_at) values (@name, @role, @passwordHash, @now) returning id",
            new { name, role, passwordHash, now }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UserAccount(id, name, role, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
    }

    public async Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadUsersAsync(connection, $"select {UserColumns} from users u order by u.name", null).ConfigureAwait(false);
    }

    public async Task<UserCredentials?> FindCredentialsAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = (await connection.QueryAsync($"select {UserColumns}, u.password_hash from users u where u.name = @name", new { name }).ConfigureAwait(false))
            .Cast<IDictionary<string, object>>().FirstOrDefault();
        return row is null ? null : new UserCredentials(ToUser(row), (string)row["password_hash"]);
    }

    public async Task<UserAccount> AddTokenAsync(string name, string tokenSha256, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(tokenSha256);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var users = await ReadUsersAsync(connection, $"select {UserColumns} from users u where u.name = @name", new { name }, tx).ConfigureAwait(false);
        var user = (users.Count > 0 ? users[0] : null) ?? throw new StoreException($"there is no user named '{name}'");
        await connection.ExecuteAsync(
            "insert into api_tokens (user_id, sha256, created_at, expires_at) values (@id, @tokenSha256, @now, @expires)",
            new { id = user.Id, tokenSha256, now = Now(), expires = Timestamp(expiresAt) }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    public async Task<UserAccount?> FindByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenSha256);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = (await connection.QueryAsync(
            $"select {UserColumns}, t.created_at as token_created, t.expires_at from users u join api_tokens t on t.user_id = u.id where t.sha256 = @tokenSha256",
            new { tokenSha256 }).ConfigureAwait(false)).Cast<IDictionary<string, object>>().FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        var expires = row["expires_at"] is string at
            ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)
            : DateTimeOffset.Parse((string)row["token_created"], CultureInfo.InvariantCulture) + ApiTokens.DefaultLifetime;
        return expires > DateTimeOffset.UtcNow ? ToUser(row) : null;
    }

    public async Task AddSessionAsync(string sessionSha256, long userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionSha256);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("insert into sessions (sha256, user_id, created_at) values (@sessionSha256, @userId, @now)",
            new { sessionSha256, userId, now = Now() }).ConfigureAwait(false);
    }

    public async Task<bool> SessionExistsAsync(string sessionSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionSha256);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long?>("select 1 from sessions where sha256 = @sessionSha256", new { sessionSha256 }).ConfigureAwait(false) is not null;
    }

    public async Task EndSessionAsync(string sessionSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionSha256);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("delete from sessions where sha256 = @sessionSha256", new { sessionSha256 }).ConfigureAwait(false);
    }

    public async Task RemoveUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await UserIdAsync(connection, tx, name).ConfigureAwait(false);
        await connection.ExecuteAsync("delete from api_tokens where user_id = @id", new { id }, tx).ConfigureAwait(false);
        await connection.ExecuteAsync("delete from sessions where user_id = @id", new { id }, tx).ConfigureAwait(false);
        await connection.ExecuteAsync("delete from users where id = @id", new { id }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RevokeTokensAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await UserIdAsync(connection, tx, name).ConfigureAwait(false);
        var removed = await connection.ExecuteAsync("delete from api_tokens where user_id = @id", new { id }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    public async Task SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync("update users set password_hash = @passwordHash where name = @name", new { name, passwordHash }, tx).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new StoreException($"there is no user named '{name}'");
        }

        await connection.ExecuteAsync("delete from sessions where user_id = (select id from users where name = @name)", new { name }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> UserIdAsync(DbConnection connection, DbTransaction tx, string name) =>
        await connection.ExecuteScalarAsync<long?>("select id from users where name = @name", new { name }, tx).ConfigureAwait(false)
            ?? throw new StoreException($"there is no user named '{name}'");

    private static async Task<IReadOnlyList<UserAccount>> ReadUsersAsync(DbConnection connection, string sql, object? args, DbTransaction? tx = null) =>
        [.. (await connection.QueryAsync(sql, args, tx).ConfigureAwait(false)).Cast<IDictionary<string, object>>().Select(ToUser)];

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static UserAccount ToUser(IDictionary<string, object> row) =>
        new(Long(row["id"]), (string)row["name"], (string)row["role"], DateTimeOffset.Parse((string)row["created_at"], CultureInfo.InvariantCulture));
}
