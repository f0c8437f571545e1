using System.CommandLine;
using System.Globalization;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas users add|list|token|revoke|password|remove</c>: the accounts that sign in to the dashboard and call the API.</summary>
public static class UsersCommand
{
    /// <summary>Longest user name accepted (it is shown in every revision the user writes).</summary>
    public const int MaxNameLength = 64;

    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Accounts for reviewing events and moderating comments");

        var addDb = StoreOptions.Db();
        var addName = new Argument<string>("NAME") { Description = "The user name (letters, digits, '.', '_' or '-')" };
        var role = new Option<string>("--role") { Description = "reviewer (review events) or admin (also moderate comments)", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var add = new Command("add", $"Add an account; the password is read from ${PasswordInput.EnvironmentVariable} or standard input") { addName, role, addDb };
        add.SetAction((parse, ct) => AddAsync(context, parse.GetValue(addDb)!, parse.GetValue(addName)!, parse.GetValue(role)!, ct));

        var listDb = StoreOptions.Db();
        var list = new Command("list", "One line per account: name, role, created") { listDb };
        list.SetAction((parse, ct) => ListAsync(context, parse.GetValue(listDb)!, ct));

        var tokenDb = StoreOptions.Db();
        var tokenName = new Argument<string>("NAME") { Description = "The account the token acts for" };
        var tokenDays = new Option<int>("--days")
        {
            Description = "Days the token works (it is refused afterwards)",
            DefaultValueFactory = _ => (int)ApiTokens.DefaultLifetime.TotalDays,
        };
        tokenDays.Validators.Add(r =>
        {
            if (r.GetValue(tokenDays) is < 1 or > MaxTokenDays)
            {
                r.AddError($"--days must be from 1 to {MaxTokenDays}");
            }
        });
        var token = new Command("token", "Print a new API token for scripts (shown once; only its SHA-256 is stored); it expires after --days") { tokenName, tokenDb, tokenDays };
        token.SetAction((parse, ct) => TokenAsync(context, parse.GetValue(tokenDb)!, parse.GetValue(tokenName)!, ct, parse.GetValue(tokenDays)));

        var revokeDb = StoreOptions.Db();
        var revokeName = new Argument<string>("NAME") { Description = "The account whose tokens stop working" };
        var revoke = new Command("revoke", "Delete every API token of an account (scripts using them get 401 at once)") { revokeName, revokeDb };
        revoke.SetAction((parse, ct) => RevokeAsync(context, parse.GetValue(revokeDb)!, parse.GetValue(revokeName)!, ct));

        var passwordDb = StoreOptions.Db();
        var passwordName = new Argument<string>("NAME") { Description = "The account to give a new password" };
        var password = new Command("password", $"Set a new password, read from ${PasswordInput.EnvironmentVariable} or standard input; signs the account out everywhere") { passwordName, passwordDb };
        password.SetAction((parse, ct) => PasswordAsync(context, parse.GetValue(passwordDb)!, parse.GetValue(passwordName)!, ct));

        var removeDb = StoreOptions.Db();
        var removeName = new Argument<string>("NAME") { Description = "The account to remove" };
        var remove = new Command("remove", "Remove an account and its API tokens; its sessions end at once, its revisions and comments keep its name") { removeName, removeDb };
        remove.SetAction((parse, ct) => RemoveAsync(context, parse.GetValue(removeDb)!, parse.GetValue(removeName)!, ct));

        command.Add(add);
        command.Add(list);
        command.Add(token);
        command.Add(revoke);
        command.Add(password);
        command.Add(remove);
        return command;
    }

    /// <summary>Longest lifetime <c>--days</c> accepts (ten years).</summary>
    public const int MaxTokenDays = 3650;

    public static Task<int> RevokeAsync(CliContext context, string db, string name, CancellationToken cancellationToken) =>
        ChangeAsync(context, db, async store =>
        {
            var removed = await store.RevokeTokensAsync(name, cancellationToken).ConfigureAwait(false);
            return $"revoked {removed} API token{(removed == 1 ? "" : "s")} of '{name}'";
        }, cancellationToken);

    public static Task<int> PasswordAsync(CliContext context, string db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReadNewPassword(context) is not { } password
            ? Task.FromResult(context.Fail(PasswordRule))
            : ChangeAsync(context, db, async store =>
            {
                await store.SetPasswordAsync(name, PasswordHasher.Hash(password), cancellationToken).ConfigureAwait(false);
                return $"new password for '{name}' (signed-in dashboard sessions of '{name}' have ended; API tokens still work)";
            }, cancellationToken);
    }

    public static Task<int> RemoveAsync(CliContext context, string db, string name, CancellationToken cancellationToken) =>
        ChangeAsync(context, db, async store =>
        {
            await store.RemoveUserAsync(name, cancellationToken).ConfigureAwait(false);
            return $"removed '{name}' and their API tokens from {store.Description} (their revisions and comments keep the name)";
        }, cancellationToken);

    public static Task<int> AddAsync(CliContext context, string db, string name, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            return Task.FromResult(context.Fail($"'{name}' is not a valid user name (1-{MaxNameLength} letters, digits, '.', '_' or '-')"));
        }

        return ReadNewPassword(context) is not { } password
            ? Task.FromResult(context.Fail(PasswordRule))
            : ChangeAsync(context, db, async store =>
            {
                var user = await store.AddUserAsync(name, role, PasswordHasher.Hash(password), cancellationToken).ConfigureAwait(false);
                return $"added {user.Role} '{user.Name}' to {store.Description}";
            }, cancellationToken);
    }

    public static async Task<int> ListAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        foreach (var user in await store.UsersAsync(cancellationToken).ConfigureAwait(false))
        {
            context.Out.WriteLine($"{user.Name}\t{user.Role}\t{user.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        return 0;
    }

    public static async Task<int> TokenAsync(CliContext context, string db, string name, CancellationToken cancellationToken, int days = 90)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        var token = ApiTokens.Create();
        var expires = DateTimeOffset.UtcNow.AddDays(days);
        try
        {
            await store.AddTokenAsync(name, ApiTokens.Sha256(token), expires, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            return context.Fail(ex.Message);
        }

        context.Out.WriteLine(token);
        context.Error.WriteLine($"a new API token for '{name}', valid until {expires:yyyy-MM-dd HH:mm} UTC (send it as 'Authorization: Bearer TOKEN'; it is not shown again)");
        return 0;
    }

    private static readonly string PasswordRule =
        $"the password must have at least {PasswordHasher.MinimumLength} characters (give it on standard input or in ${PasswordInput.EnvironmentVariable})";

    /// <summary>The new password from standard input or the environment, or null when it is missing or too short.</summary>
    private static string? ReadNewPassword(CliContext context) =>
        PasswordInput.Read(context.Error) is { } password && password.Length >= PasswordHasher.MinimumLength ? password : null;

    /// <summary>Opens the store, makes one account change and prints what it did; a store error (an unknown or taken
    /// name) is a clear failure.</summary>
    private static async Task<int> ChangeAsync(CliContext context, string db, Func<IEventStore, Task<string>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        try
        {
            context.Out.WriteLine(await change(store).ConfigureAwait(false));
            return 0;
        }
        catch (StoreException ex)
        {
            return context.Fail(ex.Message);
        }
    }
}
