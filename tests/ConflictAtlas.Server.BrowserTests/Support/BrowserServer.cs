using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ConflictAtlas.Server.BrowserTests.Support;

/// <summary>A real server on a SQLite store in a temporary folder, with the dashboard's npm assets, and Debian's
/// chromium driven by Playwright.</summary>
public sealed class BrowserServer : IAsyncDisposable
{
    static BrowserServer()
    {
        // The machine running the suite may be busy (a sign-in hashes a password; CI shares two cores): an expectation
        // waits up to 15 s for the page, which a working page meets in well under one.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public const string SeedFile = "000_78b06316927166f5.txt";
    public const string Reviewer = "rita";
    public const string Admin = "adam";
    public const string Password = "a long test password";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dir;
    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;

    private BrowserServer(string dir, SqliteEventStore store, WebApplication app, string baseUrl, IPlaywright playwright, IBrowser browser)
    {
        _dir = dir;
        Store = store;
        _app = app;
        Base = baseUrl;
        _playwright = playwright;
        Browser = browser;
    }

    public SqliteEventStore Store { get; }

    /// <summary>The server's address without a trailing slash.</summary>
    public string Base { get; }

    public IBrowser Browser { get; }

    /// <summary>The store holding the seed report and the invented sample events (one with hostile markup), and a
    /// reviewer and an admin account.</summary>
    public static Task<BrowserServer> StartWithSamplesAsync() => StartAsync(async (dir, store) =>
    {
        var seed = FindUp(Path.Combine("shared", "seed", SeedFile)) ?? throw new FileNotFoundException("the seed report is missing", SeedFile);
        var ingestion = new IngestionService(PipelineDefaults.Create(), ArticleSources.Default, store);
        await ingestion.RunAsync([new IngestItem(seed)]);
        var n = 0;
        foreach (var e in SampleEvents.All)
        {
            await store.SaveDocumentAsync(e.ToDocument($"https://example.org/sample-{++n}"));
        }

        var hash = PasswordHasher.Hash(Password);
        await store.AddUserAsync(Reviewer, Roles.Reviewer, hash);
        await store.AddUserAsync(Admin, Roles.Admin, hash);
    });

    /// <summary>Starts a server over a store that <paramref name="fill"/> writes (given the folder and the open store),
    /// or over <paramref name="existing"/> when a store file was made beforehand.</summary>
    public static async Task<BrowserServer> StartAsync(Func<string, SqliteEventStore, Task>? fill, Func<string, Task<string>>? existing = null)
    {
        var dir = Directory.CreateTempSubdirectory("atlas-browser-").FullName;
        var path = existing is null ? Path.Combine(dir, "atlas.db") : await existing(dir);
        var store = await SqliteEventStore.OpenAsync(path);
        if (fill is not null)
        {
            await fill(dir, store);
        }

        var assets = FindUp(Path.Combine(".build", "npm", "node_modules"));
        var app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = assets }, store);
        await app.StartAsync();
        var baseUrl = ServerHost.Addresses(app).Single().TrimEnd('/');
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        return new BrowserServer(dir, store, app, baseUrl, playwright, browser);
    }

    /// <summary>A new page of the given size that records the page's script errors in <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1300, int height = 1100, List<string>? errors = null, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        if (errors is not null)
        {
            page.PageError += (_, e) => errors.Add(e);
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Saves a full-page screenshot under TestResults/ at the repository's root.</summary>
    public static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        var root = FindUp("ConflictAtlas.slnx") is { } solution ? Path.GetDirectoryName(solution)! : Directory.GetCurrentDirectory();
        var dir = Path.Combine(root, "TestResults");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = fullPage });
    }

    /// <summary>The first path of that name in the test's folder or a parent of it (the repository, or the
    /// folder beside it that holds shared/).</summary>
    public static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
