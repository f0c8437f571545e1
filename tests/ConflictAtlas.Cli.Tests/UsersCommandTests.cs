using System.Diagnostics;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-users-").FullName;

    private string Db => Path.Combine(_dir, "atlas.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Add_reads_the_password_from_stdin_and_stores_only_its_hash()
    {
        var (code, _, err) = await RunWithStdin("correct horse battery\n", "users", "add", "ana", "--role", "reviewer", "--db", Db);
        Assert.True(code == 0, err);

        await using var store = await SqliteEventStore.OpenAsync(Db);
        var credentials = await store.FindCredentialsAsync("ana");
        Assert.NotNull(credentials);
        Assert.Equal(Roles.Reviewer, credentials.User.Role);
        Assert.DoesNotContain("correct horse", credentials.PasswordHash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse battery", credentials.PasswordHash));
        Assert.False(PasswordHasher.Verify("correct horse batter", credentials.PasswordHash));
    }

    [Fact]
    public async Task A_short_password_a_taken_name_and_an_unknown_role_are_refused()
    {
        Assert.Equal(2, (await RunWithStdin("short\n", "users", "add", "ana", "--role", "admin", "--db", Db)).Code);
        Assert.Equal(0, (await RunWithStdin("long enough pw\n", "users", "add", "ana", "--role", "admin", "--db", Db)).Code);
        var taken = await RunWithStdin("long enough pw\n", "users", "add", "ana", "--role", "admin", "--db", Db);
        Assert.Equal(2, taken.Code);
        Assert.Contains("already a user named 'ana'", taken.Err, StringComparison.Ordinal);
        Assert.NotEqual(0, (await RunWithStdin("long enough pw\n", "users", "add", "bo", "--role", "owner", "--db", Db)).Code);
    }

    [Fact]
    public async Task Token_prints_a_new_token_once_and_the_store_keeps_its_hash()
    {
        Assert.Equal(0, (await RunWithStdin("long enough pw\n", "users", "add", "bot", "--role", "reviewer", "--db", Db)).Code);
        var (code, stdout, _) = await CliRunner.Run("users", "token", "bot", "--db", Db);
        Assert.Equal(0, code);
        var token = stdout.Trim();
        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);

        await using var store = await SqliteEventStore.OpenAsync(Db);
        Assert.Equal("bot", (await store.FindByTokenAsync(ApiTokens.Sha256(token)))?.Name);
        var (_, listed, _) = await CliRunner.Run("users", "list", "--db", Db);
        Assert.StartsWith("bot\treviewer\t", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRunner.Run("users", "token", "nobody", "--db", Db)).Code);
    }

    [Fact]
    public async Task Revoke_drops_the_tokens_password_replaces_the_hash_and_remove_drops_the_account()
    {
        Assert.Equal(0, (await RunWithStdin("long enough pw\n", "users", "add", "ana", "--role", "reviewer", "--db", Db)).Code);
        Assert.Equal(0, (await RunWithStdin("other long pw\n", "users", "add", "bo", "--role", "admin", "--db", Db)).Code);
        var first = (await CliRunner.Run("users", "token", "ana", "--db", Db)).Out.Trim();
        var second = (await CliRunner.Run("users", "token", "ana", "--db", Db)).Out.Trim();
        var bos = (await CliRunner.Run("users", "token", "bo", "--db", Db)).Out.Trim();

        var (code, stdout, err) = await CliRunner.Run("users", "revoke", "ana", "--db", Db);
        Assert.True(code == 0, err);
        Assert.Contains("revoked 2 API tokens of 'ana'", stdout, StringComparison.Ordinal);
        await using (var store = await SqliteEventStore.OpenAsync(Db))
        {
            Assert.Null(await store.FindByTokenAsync(ApiTokens.Sha256(first)));
            Assert.Null(await store.FindByTokenAsync(ApiTokens.Sha256(second)));
            Assert.Equal("bo", (await store.FindByTokenAsync(ApiTokens.Sha256(bos)))?.Name);
        }

        Assert.Equal(2, (await RunWithStdin("short\n", "users", "password", "ana", "--db", Db)).Code);
        Assert.Equal(0, (await RunWithStdin("a brand new password\n", "users", "password", "ana", "--db", Db)).Code);
        await using (var store = await SqliteEventStore.OpenAsync(Db))
        {
            var hash = (await store.FindCredentialsAsync("ana"))!.PasswordHash;
            Assert.True(PasswordHasher.Verify("a brand new password", hash));
            Assert.False(PasswordHasher.Verify("long enough pw", hash));
        }

        Assert.Equal(0, (await CliRunner.Run("users", "remove", "ana", "--db", Db)).Code);
        var (_, listed, _) = await CliRunner.Run("users", "list", "--db", Db);
        Assert.DoesNotContain("ana", listed, StringComparison.Ordinal);
        Assert.StartsWith("bo\tadmin\t", listed, StringComparison.Ordinal);
        foreach (var args in new[] { new[] { "users", "remove", "ana" }, ["users", "revoke", "ana"] })
        {
            var missing = await CliRunner.Run([.. args, "--db", Db]);
            Assert.Equal(2, missing.Code);
            Assert.Contains("no user named 'ana'", missing.Err, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await RunWithStdin("a brand new password\n", "users", "password", "ana", "--db", Db)).Code);
    }

    private static async Task<(int Code, string Out, string Err)> RunWithStdin(string input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(AtlasProcess.Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("ATLAS_PASSWORD");
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
