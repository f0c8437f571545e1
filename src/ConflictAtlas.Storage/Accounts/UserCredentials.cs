namespace ConflictAtlas.Storage.Accounts;

/// <summary>An account with its password hash, read only to check a sign-in.</summary>
public sealed record UserCredentials(UserAccount User, string PasswordHash);
