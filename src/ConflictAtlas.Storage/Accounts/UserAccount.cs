namespace ConflictAtlas.Storage.Accounts;

/// <summary>An account as shown to anyone: never its password hash or tokens.</summary>
public sealed record UserAccount(long Id, string Name, string Role, DateTimeOffset CreatedAt);
