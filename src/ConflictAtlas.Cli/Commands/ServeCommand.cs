using System.CommandLine;
using ConflictAtlas.Server;

namespace ConflictAtlas.Cli.Commands;

public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (loopback by default)", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var assets = new Option<string?>("--assets") { Description = "Folder of the npm assets (default: .build/npm/node_modules, installed by scripts/setup.sh)" };
        var allowPrivate = new Option<bool>(ServerOptions.AllowPrivateFetchFlag) { Description = "Let POST /api/documents {url} fetch loopback, private and link-local addresses (refused by default)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The server's public address, for absolute links in the Atom feed (default: links relative to the server)" };
        baseUrl.Validators.Add(r =>
        {
            try
            {
                _ = r.GetValue(baseUrl) is { } v ? ServerOptions.BaseUrl(v) : null;
            }
            catch (ArgumentException ex)
            {
                r.AddError(ex.Message);
            }
        });
        var command = new Command("serve", "Serve the REST API and the analyst dashboard over the store") { db, urls, assets, allowPrivate, baseUrl };
        command.SetAction((parse, ct) => ServerHost.RunAsync(
            new ServerOptions
            {
                Db = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, AssetsDir = parse.GetValue(assets), Pipeline = () => AtlasServices.Pipeline,
                AllowPrivateFetch = parse.GetValue(allowPrivate), PublicBaseUrl = parse.GetValue(baseUrl) is { } b ? ServerOptions.BaseUrl(b) : null,
            }, context.Error, ct));
        return command;
    }
}
