namespace ConflictAtlas.Storage.Accounts;

/// <summary>What an account may do: reviewers review events; admins also moderate comments.</summary>
public static class Roles
{
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Reviewer, Admin];

    public static bool IsValid(string? role) => role is Reviewer or Admin;
}
