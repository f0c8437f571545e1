using System.Text.Json;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Server.Api;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Server.Documents;
using ConflictAtlas.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;

namespace ConflictAtlas.Server;

/// <summary>Builds and runs the web server: the REST API under <c>/api</c>, the OpenAPI document, the dashboard
/// (embedded static files) and the npm assets under <c>/vendor</c>.</summary>
public static class ServerHost
{
    /// <summary>Largest request body accepted (a posted report of a few hundred kilobytes fits easily).</summary>
    public const long MaxRequestBodyBytes = 2 * 1024 * 1024;

    /// <summary>Exit code when the store cannot be opened or the address cannot be bound.</summary>
    public const int StartError = 2;

    /// <summary>Opens the store named by <paramref name="options"/> and serves until the process is stopped.</summary>
    public static async Task<int> RunAsync(ServerOptions options, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        IEventStore store;
        try
        {
            store = await EventStores.OpenAsync(options.Db, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return StartError;
        }

        await using (store.ConfigureAwait(false))
        {
            await using var app = Build(options, store);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await stderr.WriteLineAsync($"error: cannot listen on {options.Urls} ({ex.Message})").ConfigureAwait(false);
                return StartError;
            }

            await stderr.WriteLineAsync($"serving {store.Description} on {string.Join(", ", Addresses(app))} (Ctrl+C stops)").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
    }

    /// <summary>The addresses the started server listens on (with the real port when port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }

    /// <summary>The fetcher of <c>POST /api/documents {url}</c>: public addresses only (checked on the address connected
    /// to, redirects included) unless the server was started with <see cref="ServerOptions.AllowPrivateFetch"/>.</summary>
    private static HttpArticleFetcher DocumentFetcher(ServerOptions options) =>
        new(FetchOptions.Default with { AddressCheck = options.AllowPrivateFetch ? null : PublicAddresses.Refusal });

    /// <summary>Builds the application on an open store (the caller owns the store).</summary>
    public static WebApplication Build(ServerOptions options, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddAtlasAuth(options.MaxParallelDocuments);
        builder.Services.AddSingleton(_ => new DocumentIntake(
            options.Pipeline ?? (() => PipelineDefaults.Create()), options.Fetcher ?? DocumentFetcher(options), store, options.DocumentBudget));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.AddAsync);
        app.UseAuthentication();
        app.Use(AntiforgeryCheck.InvokeAsync);
        app.UseAuthorization();
        app.UseRateLimiter();

        var web = new EmbeddedFileProvider(typeof(ServerHost).Assembly, "ConflictAtlas.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = web });
        if (AssetLocator.Find(options.AssetsDir) is { } assets)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                // Only the dashboard's own asset files, not the whole of node_modules.
                FileProvider = VendorAssets.Over(assets),
                RequestPath = "/vendor",
                ServeUnknownFileTypes = false,
            });
        }

        app.MapOpenApi();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapEventsApi();
        app.MapStatsApi();
        app.MapMapApi();
        app.MapSessionApi();
        app.MapReviewApi();
        app.MapCommentsApi();
        app.MapDocumentsApi();
        return app;
    }
}
