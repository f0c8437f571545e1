using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ConflictAtlas.Server.Tests.Support;

namespace ConflictAtlas.Server.Tests;

public sealed class EventsApiTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync(SampleEvents.All);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("", "Khartoum,Djibo,Mopti,Tinzaouaten")]
    [InlineData("country=Mali", "Mopti,Tinzaouaten")]
    [InlineData("country=BFA", "Djibo")]
    [InlineData("country=sd", "Khartoum")]
    [InlineData("iso=854", "Djibo")]
    [InlineData("admin1=kidal", "Tinzaouaten")]
    [InlineData("event_type=Battles", "Djibo,Tinzaouaten")]
    [InlineData("sub_event_type=Air%2Fdrone%20strike", "Mopti")]
    [InlineData("actor=JNIM", "Djibo,Tinzaouaten")]
    [InlineData("actor=civilians", "Mopti")]
    [InlineData("from=2024-03-20", "Khartoum,Djibo,Mopti")]
    [InlineData("to=2024-03-20", "Mopti,Tinzaouaten")]
    [InlineData("from=2024-03-05&to=2024-04-30", "Djibo,Mopti")]
    [InlineData("bbox=-5,10,3,20", "Djibo,Mopti,Tinzaouaten")]
    [InlineData("bbox=-2,13,3,15", "Djibo")]
    [InlineData("min_fatalities=1", "Mopti,Tinzaouaten")]
    [InlineData("min_fatalities=6", "Mopti")]
    [InlineData("q=market", "Mopti")]
    [InlineData("q=ouaga%20wire", "Djibo")]
    [InlineData("q=report-1", "Tinzaouaten")]
    [InlineData("country=Mali&event_type=Battles&min_fatalities=1", "Tinzaouaten")]
    [InlineData("country=Sudan&event_type=Battles", "")]
    [InlineData("review_state=unreviewed", "Khartoum,Djibo,Mopti,Tinzaouaten")]
    [InlineData("review_state=rejected", "")]
    [InlineData("min_confidence=0", "Khartoum,Djibo,Mopti,Tinzaouaten")]
    [InlineData("min_confidence=0.75", "Khartoum,Djibo,Tinzaouaten")]
    [InlineData("min_confidence=.8", "Khartoum,Tinzaouaten")]
    [InlineData("min_confidence=1", "")]
    [InlineData("country=Mali&min_confidence=0.5", "Mopti,Tinzaouaten")]
    public async Task Filters_keep_the_matching_events(string query, string expected)
    {
        var page = await GetJson("api/events?" + query);
        Assert.Equal(expected, string.Join(",", Locations(page)));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("sort=event_date", "Tinzaouaten,Mopti,Djibo,Khartoum")]
    [InlineData("sort=-fatalities", "Mopti,Tinzaouaten,Khartoum,Djibo")]
    [InlineData("sort=country", "Djibo,Tinzaouaten,Mopti,Khartoum")]
    [InlineData("sort=-id", "Khartoum,Djibo,Mopti,Tinzaouaten")]
    public async Task Sorts_by_the_named_field(string query, string expected) =>
        Assert.Equal(expected, string.Join(",", Locations(await GetJson("api/events?" + query))));

    [Fact]
    public async Task Pages_split_the_sorted_list()
    {
        var first = await GetJson("api/events?sort=event_date&page_size=3&page=1");
        var second = await GetJson("api/events?sort=event_date&page_size=3&page=2");
        Assert.Equal(["Tinzaouaten", "Mopti", "Djibo"], Locations(first));
        Assert.Equal(["Khartoum"], Locations(second));
        Assert.Equal(4, second.GetProperty("total").GetInt32());
        Assert.Empty(Locations(await GetJson("api/events?page=3&page_size=3")));
    }

    [Theory]
    [InlineData("from=2024-02-30", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-05-01&to=2024-04-01", "to")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=-5,20,3,10", "bbox")]
    [InlineData("bbox=-200,0,3,10", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("page_size=501", "page_size")]
    [InlineData("page_size=0", "page_size")]
    [InlineData("page=-1", "page")]
    [InlineData("sort=notes", "sort")]
    [InlineData("min_fatalities=-3", "min_fatalities")]
    [InlineData("iso=mali", "iso")]
    [InlineData("country=Atlantis", "country")]
    [InlineData("country=Mali&iso=854", "country")]
    [InlineData("review_state=Not%20a%20state", "review_state")]
    [InlineData("min_confidence=1.5", "min_confidence")]
    [InlineData("min_confidence=-0.1", "min_confidence")]
    [InlineData("min_confidence=0,7", "min_confidence")]
    [InlineData("min_confidence=high", "min_confidence")]
    [InlineData("min_confidence=NaN", "min_confidence")]
    [InlineData("min_confidence=70%25", "min_confidence")]
    public async Task Malformed_queries_are_400_problem_details_naming_the_parameter(string query, string parameter)
    {
        foreach (var path in new[] { "api/events?", "api/events.csv?", "api/events.geojson?", "api/events.atom?", "api/stats?" })
        {
            if (path != "api/events?" && parameter is "page" or "page_size" || (path == "api/stats?" && parameter == "sort"))
            {
                continue;
            }

            using var response = await _server.Client.GetAsync(new Uri(path + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{path}{query}: no error for {parameter}");
        }
    }

    [Fact]
    public async Task Exports_and_statistics_keep_only_events_at_or_above_the_minimum_confidence()
    {
        var csv = await _server.Client.GetStringAsync(new Uri("api/events.csv?country=Mali&min_confidence=0.6", UriKind.Relative));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains("Tinzaouaten", rows[1], StringComparison.Ordinal);

        var geo = await GetJson("api/events.geojson?min_confidence=0.7");
        var places = geo.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("location").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Djibo", "Khartoum", "Tinzaouaten"], places);

        var stats = await GetJson("api/stats?min_confidence=0.7");
        Assert.Equal(3, stats.GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task An_event_comes_with_its_sources_text_evidence_and_revisions()
    {
        var list = await GetJson("api/events?country=Mali&sort=event_date");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var e = await GetJson($"api/events/{id}");
        Assert.Equal("Tinzaouaten", e.GetProperty("record").GetProperty("location").GetString());
        var source = e.GetProperty("sources")[0];
        Assert.Equal("Sahel Radio", source.GetProperty("source").GetString());
        var text = source.GetProperty("text").GetString()!;
        var span = source.GetProperty("evidence").GetProperty("location")[0];
        Assert.Equal("Tinzaouaten", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        Assert.Equal("Subscribe to our newsletter", source.GetProperty("removed")[0].GetProperty("text").GetString());
        Assert.Equal("create", e.GetProperty("revisions")[0].GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("api/events/987654")]
    [InlineData("api/events/not-a-number")]
    public async Task An_unknown_event_is_a_404_problem(string path)
    {
        using var response = await _server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Csv_has_acled_columns_and_only_the_filtered_rows()
    {
        var csv = await _server.Client.GetStringAsync(new Uri("api/events.csv?country=Mali", UriKind.Relative));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("MLI", l));
    }

    [Fact]
    public async Task GeoJson_is_a_feature_collection_of_points_in_lon_lat_order()
    {
        var geo = await GetJson("api/events.geojson?country=Burkina%20Faso");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var feature = Assert.Single(geo.GetProperty("features").EnumerateArray());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(-1.63, coordinates[0].GetDouble(), 3);
        Assert.Equal(14.10, coordinates[1].GetDouble(), 3);
    }

    [Fact]
    public async Task Atom_feed_has_one_escaped_entry_per_filtered_event()
    {
        var xml = await _server.Client.GetStringAsync(new Uri("api/events.atom?country=Sudan", UriKind.Relative));
        var feed = XDocument.Parse(xml);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Contains("Khartoum", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains(SampleEvents.Hostile, entry.Element(atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Empty(feed.Descendants("script"));
    }

    [Fact]
    public async Task Stats_count_events_and_fatalities_per_week_country_and_type()
    {
        var stats = await GetJson("api/stats?country=Mali");
        Assert.Equal(2, stats.GetProperty("events").GetInt32());
        Assert.Equal(17, stats.GetProperty("fatalities").GetInt32());
        var weeks = stats.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("key").GetString(), w.GetProperty("fatalities").GetInt32())).ToList();
        Assert.Equal([("2024-03-04", 5), ("2024-03-18", 12)], weeks);
        var types = stats.GetProperty("event_types").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
        Assert.Equal(["Battles", "Explosions/Remote violence"], types);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var doc = await GetJson("openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/events.csv", "/api/events.geojson", "/api/events.atom", "/api/stats" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy_without_inline_script()
    {
        using var response = await _server.Client.GetAsync(new Uri("api/events", UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    private static List<string> Locations(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("location").GetString()!)];

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await _server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
