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
        var command = new Command("serve", "Serve the REST API and the analyst dashboard over the store") { db, urls, assets, allowPrivate };
        command.SetAction((parse, ct) => ServerHost.RunAsync(
            new ServerOptions { Db = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, AssetsDir = parse.GetValue(assets), Pipeline = () => AtlasServices.Pipeline, AllowPrivateFetch = parse.GetValue(allowPrivate) }, context.Error, ct));
        return command;
    }
}
