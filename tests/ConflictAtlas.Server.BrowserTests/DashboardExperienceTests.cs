using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictAtlas.Server.BrowserTests.Support;
using Microsoft.Playwright;

namespace ConflictAtlas.Server.BrowserTests;

/// <summary>The dashboard as an analyst uses it, in chromium on the seed report and the sample events: the map's
/// layers, clusters and map-view filter, the calendar timeline and its brush, the phone layout, the event page, the
/// loading, empty and error states, the filters, keyboard access and an axe-core audit.</summary>
public sealed class DashboardExperienceTests : IAsyncLifetime
{
    private BrowserServer _server = null!;

    private string Base => _server.Base;

    public async Task InitializeAsync() => _server = await BrowserServer.StartWithSamplesAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<IPage> Dashboard(string query = "", int width = 1300, int height = 1100, List<string>? errors = null)
    {
        var page = await _server.NewPageAsync(width, height, errors);
        await page.GotoAsync(Base + "/" + query);
        await Assertions.Expect(page.Locator("#events tbody tr").First).ToBeVisibleAsync();
        return page;
    }

    private Task<long> SeedEventId() => _server.Store.QueryEventsAsync(Storage.EventFilter.All)
        .ContinueWith(t => t.Result.Single(e => e.Record["event_date"]?.GetValue<string>() == "2024-12-01").Id, TaskScheduler.Default);

    /// <summary>Opens the dashboard and waits until the country shapes are drawn (more paths than events).</summary>
    private async Task<IPage> DashboardWithShapes(IPage page)
    {
        var shapes = page.WaitForResponseAsync("**/countries-50m.json", new() { Timeout = 20000 });
        await page.GotoAsync(Base + "/");
        await shapes;
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#map path').length > 50");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
        return page;
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Markers_stay_above_the_country_shapes_when_the_shapes_arrive_last()
    {
        var page = await _server.NewPageAsync(bypassCsp: true);
        await page.RouteAsync("**/countries-50m.json", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await DashboardWithShapes(page);
        // With every element hit-testable, the topmost element at each marker's centre must be that marker.
        await page.AddStyleTagAsync(new() { Content = "#map * { pointer-events: auto !important; }" });
        var covered = await page.EvaluateAsync<string[]>(@"() => {
            const items = [...document.querySelectorAll('#map .leaflet-marker-icon, #map path.leaflet-interactive')];
            if (!items.length) return ['no markers'];
            return items.filter(item => {
                const r = item.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return !(hit === item || item.contains(hit));
            }).map(item => item.outerHTML.slice(0, 80));
        }");
        Assert.Empty(covered);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task No_country_shape_spans_the_world_across_the_antimeridian()
    {
        var page = await DashboardWithShapes(await _server.NewPageAsync());
        // The whole world at zoom 1: no ring of a shape north of Antarctica is drawn across three quarters of it
        // (Fiji's islands straddle 180°, Russia's Chukotka too). Each "M" of a path's outline starts one ring.
        var wide = await page.EvaluateAsync<string[]>(@"() => {
            map.setView([20, 0], 1, { animate: false });
            const world = map.latLngToLayerPoint([0, 180]).x - map.latLngToLayerPoint([0, -180]).x;
            const antarctica = map.latLngToLayerPoint([-60, 0]).y;
            const found = [];
            for (const path of document.querySelectorAll('#map path:not(.leaflet-interactive)')) {
                for (const ring of (path.getAttribute('d') || '').split('M').slice(1)) {
                    const n = ring.match(/-?\d+(\.\d+)?/g).map(Number);
                    const xs = n.filter((_, i) => i % 2 === 0), ys = n.filter((_, i) => i % 2 === 1);
                    if (Math.min(...ys) < antarctica && Math.max(...xs) - Math.min(...xs) > 0.75 * world) found.push(ring.slice(0, 60));
                }
            }
            return found;
        }");
        Assert.Empty(wide);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Markers_carry_place_labels_and_filter_to_map_view_keeps_only_what_is_in_view()
    {
        var page = await Dashboard();
        await Assertions.Expect(page.Locator("#map .place-label", new() { HasTextString = "Mopti" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map-note")).ToHaveTextAsync("5 event(s) on the map");

        await page.EvaluateAsync("() => { map.setView([15.5, 32.5], 8, { animate: false }); }");
        await page.ClickAsync("#map-filter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"bbox=[-0-9.]+%2C"));
        await Assertions.Expect(page.Locator("#map-filter")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#events tbody tr")).ToContainTextAsync("Khartoum");

        // Moving the map moves the filter with it.
        await page.EvaluateAsync("() => { map.setView([16, -1], 5, { animate: false }); }");
        await Assertions.Expect(page.Locator("#events tbody tr", new() { HasText = "Mopti" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#events tbody tr", new() { HasText = "Khartoum" })).ToHaveCountAsync(0);
        await page.ClickAsync("#map-filter");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
        Assert.DoesNotContain("bbox", page.Url, StringComparison.Ordinal);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task The_timeline_is_a_calendar_with_empty_weeks_integer_ticks_titles_and_a_brush_that_sets_the_dates()
    {
        var page = await Dashboard("?country=Mali&to=2024-06-30");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(2);
        var timeline = await page.EvaluateAsync<JsonElement>(@"() => ({
            xs: chart.data.datasets[0].data.map(p => p.x),
            ys: chart.data.datasets[0].data.map(p => p.y),
            yTicks: chart.scales.y.ticks.map(t => t.value),
            xTitle: chart.options.scales.x.title.display ? chart.options.scales.x.title.text : '',
            yTitle: chart.options.scales.y.title.display ? chart.options.scales.y.title.text : '',
            xTicks: chart.scales.x.ticks.map(t => t.label),
        })");
        var xs = timeline.GetProperty("xs").EnumerateArray().Select(x => x.GetDouble()).ToList();
        var ys = timeline.GetProperty("ys").EnumerateArray().Select(y => y.GetInt32()).ToList();
        // 4 March and 20 March 2024: the weeks of 4, 11 and 18 March, the middle one empty.
        Assert.Equal([1, 0, 1], ys);
        Assert.All(xs.Zip(xs.Skip(1)), p => Assert.Equal(7 * 86_400_000d, p.Second - p.First));
        Assert.All(timeline.GetProperty("yTicks").EnumerateArray(), t => Assert.Equal(Math.Round(t.GetDouble()), t.GetDouble()));
        Assert.Contains("Week", timeline.GetProperty("xTitle").GetString(), StringComparison.Ordinal);
        Assert.Contains("Events", timeline.GetProperty("yTitle").GetString(), StringComparison.Ordinal);
        Assert.Contains(timeline.GetProperty("xTicks").EnumerateArray(), t => t.GetString()!.Contains("Mar 2024", StringComparison.Ordinal));

        // Years are spaced by time: with every sample, the gap from May to December is about 30 empty weeks.
        var all = await Dashboard();
        var weeks = await all.EvaluateAsync<int[]>("() => chart.data.datasets[0].data.map(p => p.y)");
        Assert.True(weeks.Length > 30 && weeks.Count(w => w == 0) > 25, string.Join(",", weeks));

        // Brushing the first week alone filters to it.
        var box = (await page.Locator("#timeline").BoundingBoxAsync())!;
        var area = await page.EvaluateAsync<JsonElement>("() => ({ left: chart.chartArea.left, right: chart.chartArea.right, top: chart.chartArea.top, bottom: chart.chartArea.bottom })");
        var left = (float)area.GetProperty("left").GetDouble();
        var width = (float)area.GetProperty("right").GetDouble() - left;
        var y = box.Y + (float)(area.GetProperty("top").GetDouble() + area.GetProperty("bottom").GetDouble()) / 2;
        await page.Mouse.MoveAsync(box.X + left + 2, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + left + width * 0.2f, y, new() { Steps = 5 });
        await page.Mouse.MoveAsync(box.X + left + width * 0.3f, y, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"from=2024-03-0\d&to=2024-03-1\d"));
        Assert.Equal("2024-03-04", await page.InputValueAsync("input[name=from]"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#events tbody tr")).ToContainTextAsync("Tinzaouaten");
    }

    [SharedTheory("the seed report (seed/), which the browser tests' store holds")]
    [InlineData("/")]
    [InlineData("/event.html?id={seed}")]
    [InlineData("/admin.html")]
    public async Task At_390_pixels_nothing_runs_off_the_side(string path)
    {
        var page = await _server.NewPageAsync(390, 844);
        await page.GotoAsync(Base + path.Replace("{seed}", (await SeedEventId()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
        var width = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Assert.Equal(390, width);
        var wide = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.right > 391 && !e.closest('.table-scroll, .leaflet-container');
        }).map(e => e.tagName + '#' + e.id + '.' + e.className)");
        Assert.Empty(wide);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task The_event_page_leads_with_evidence_in_field_colours_and_a_field_marks_its_own_evidence()
    {
        var errors = new List<string>();
        var page = await Dashboard("?country=Mali", errors: errors);
        await page.Locator("#events tbody tr", new() { HasText = "Azawad" }).Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator(".source-text mark").First).ToBeVisibleAsync();

        // Evidence comes before the coded fields, on a phone too.
        Assert.True(await page.EvaluateAsync<bool>("() => !!(document.getElementById('evidence-panel').compareDocumentPosition(document.getElementById('fields')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        var colours = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('.source-text mark')].map(m => getComputedStyle(m).backgroundColor))]");
        Assert.True(colours.Length >= 3, string.Join(" ", colours));

        // Readable labels and values: no raw field names, no long timestamps, no server path.
        var fields = await page.Locator("#fields").InnerTextAsync();
        Assert.Contains("Date precision", fields, StringComparison.Ordinal);
        Assert.Contains("Sub-event type", fields, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\b(time_precision|sub_event_type|geo_precision|cameo_code)\b"), fields);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(new Regex(@"\d{2}:\d{2}:\d{2}\.\d"), text);
        Assert.DoesNotContain("/seed/", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(BrowserServer.SeedFile, text, StringComparison.Ordinal);

        // The toll and how it was chosen.
        await Assertions.Expect(page.Locator("#toll-rule")).ToContainTextAsync("lowest exact figure");

        // A click on a field marks only the spans that support it.
        var location = page.Locator("#fields li[data-field=location] button");
        await location.ClickAsync();
        await Assertions.Expect(location).ToHaveAttributeAsync("aria-pressed", "true");
        var active = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('mark.ev.active')].map(m => m.dataset.fields)");
        Assert.NotEmpty(active);
        Assert.All(active, f => Assert.Contains("location", f.Split(' ')));
        Assert.Contains("Tinzaouatine", await page.Locator("mark.ev.active").First.InnerTextAsync(), StringComparison.Ordinal);

        // And by keyboard: focus Actor 1 and press Enter.
        var actor = page.Locator("#fields li[data-field=actor1] button");
        await actor.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(actor).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(location).ToHaveAttributeAsync("aria-pressed", "false");
        var actorMarks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('mark.ev.active')].map(m => m.dataset.fields)");
        Assert.NotEmpty(actorMarks);
        Assert.All(actorMarks, f => Assert.Contains("actor1", f.Split(' ')));

        // Back to the same results.
        await page.ClickAsync("#back");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?country=Mali$"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(3);
        Assert.Empty(errors);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task An_error_clears_the_old_results_and_offers_a_retry()
    {
        var page = await Dashboard("?country=Mali");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(3);
        await page.FillAsync("input[name=country]", "Malli");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("unknown country 'Malli'");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator("#map .leaflet-marker-icon").CountAsync());
        await Assertions.Expect(page.Locator("#chart-panel")).ToBeHiddenAsync();

        // A server that cannot be reached: the message says so and Retry tries again.
        await page.RouteAsync("**/api/**", route => route.AbortAsync());
        await page.FillAsync("input[name=country]", "Mali");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("could not be reached");
        await Assertions.Expect(page.Locator("#retry")).ToBeVisibleAsync();
        await page.UnrouteAllAsync();
        await page.ClickAsync("#retry");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#notice")).ToBeHiddenAsync();
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Empty_results_say_so_without_empty_axes_and_loading_shows_a_loading_state()
    {
        var page = await Dashboard();
        await page.FillAsync("input[name=q]", "no report says this");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("No events match these filters.");
        await Assertions.Expect(page.Locator("#chart-panel")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("No events match these filters.");
        await page.ClickAsync("#notice-clear");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);

        var slow = await _server.NewPageAsync();
        await slow.RouteAsync("**/api/events?*", async route =>
        {
            await Task.Delay(2000);
            await route.ContinueAsync();
        });
        await slow.GotoAsync(Base + "/");
        await Assertions.Expect(slow.Locator("#notice")).ToHaveTextAsync(new Regex("Loading events"));
        await Assertions.Expect(slow.Locator("main")).ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(slow.Locator("#events tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(slow.Locator("main")).ToHaveAttributeAsync("aria-busy", "false");
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Filters_apply_as_they_change_with_sub_types_regions_review_states_presets_and_suggestions()
    {
        var page = await Dashboard();
        Assert.Contains("Mali", await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#country-list option')].map(o => o.value)"));
        Assert.Contains("Kidal", await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#admin1-list option')].map(o => o.value)"));

        await page.SelectOptionAsync("select[name=event_type]", "Explosions/Remote violence");
        var subTypes = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('select[name=sub_event_type] option')].map(o => o.value).filter(Boolean)");
        Assert.Contains("Air/drone strike", subTypes);
        Assert.DoesNotContain("Armed clash", subTypes);
        await page.SelectOptionAsync("select[name=sub_event_type]", "Air/drone strike");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sub_event_type=Air%2Fdrone"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(2);
        Assert.All(await page.Locator("#events tbody td:nth-child(4)").AllInnerTextsAsync(), t => Assert.Equal("Air/drone strike", t));

        await page.ClickAsync("#clear");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
        await page.FillAsync("input[name=admin1]", "Kidal");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(2);
        Assert.All(await page.Locator("#events tbody td:nth-child(3)").AllInnerTextsAsync(), t => Assert.EndsWith("Kidal", t, StringComparison.Ordinal));
        await page.FillAsync("input[name=admin1]", "");
        await page.SelectOptionAsync("select[name=review_state]", "rejected");
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("No events match these filters.");
        await page.SelectOptionAsync("select[name=review_state]", "unreviewed");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);

        await page.ClickAsync("button[data-preset='30']");
        var today = DateTime.UtcNow.Date;
        Assert.Equal(today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.InputValueAsync("input[name=from]"));
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.InputValueAsync("input[name=to]"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=.*&to="));
        await page.ClickAsync("button[data-preset='all']");
        Assert.Equal("", await page.InputValueAsync("input[name=from]"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Headers_markers_chart_and_count_serve_keyboard_and_screen_reader_users()
    {
        var page = await Dashboard();
        var date = page.Locator("#events th[data-sort=event_date]");
        await Assertions.Expect(date).ToHaveAttributeAsync("aria-sort", "descending");
        var country = page.Locator("#events th[data-sort=country] button");
        await country.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#events th[data-sort=country]")).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(date).ToHaveAttributeAsync("aria-sort", "none");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#events th[data-sort=country]")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(page.Locator("#events tbody tr").First).ToContainTextAsync("Burkina Faso");

        var marker = page.Locator("#map .leaflet-marker-icon[title*='Mopti']");
        await Assertions.Expect(marker).ToHaveAttributeAsync("tabindex", "0");
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup-content a")).ToContainTextAsync("Air/drone strike");

        await Assertions.Expect(page.Locator("#timeline")).ToHaveAttributeAsync("role", "img");
        await Assertions.Expect(page.Locator("#timeline")).ToHaveAttributeAsync("aria-label", new Regex(@"5 events .* per week from .*busiest week"));
        await Assertions.Expect(page.Locator("#count")).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("5 event(s) match");
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_three_pages()
    {
        var axe = BrowserServer.FindUp(Path.Combine(".build", "npm", "node_modules", "axe-core", "axe.min.js"))
            ?? throw new FileNotFoundException("axe-core is missing: run scripts/setup.sh test");
        var seed = await SeedEventId();
        var found = new List<string>();
        foreach (var (path, ready) in new[] { ("/", "#events tbody tr"), ($"/event.html?id={seed}", ".source-text mark"), ("/admin.html", "#error") })
        {
            foreach (var width in new[] { 1300, 390 })
            {
                var page = await _server.NewPageAsync(width, 900, bypassCsp: true);
                await page.GotoAsync(Base + path);
                await Assertions.Expect(page.Locator(ready).First).ToBeAttachedAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await page.AddScriptTagAsync(new() { Path = axe });
                var violations = await page.EvaluateAsync<JsonElement>(@"async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))");
                found.AddRange(violations.EnumerateArray().Select(v => $"{path} at {width}px: {v.GetString()}"));
            }
        }

        Assert.Empty(found);

        // The audit does find a serious fault when there is one: a button with no name.
        var faulty = await _server.NewPageAsync(bypassCsp: true);
        await faulty.GotoAsync(Base + "/admin.html");
        await faulty.EvaluateAsync("() => { document.querySelector('main').append(document.createElement('button')); }");
        await faulty.AddScriptTagAsync(new() { Path = axe });
        var ids = await faulty.EvaluateAsync<string[]>("async () => (await axe.run(document)).violations.filter(v => v.impact === 'critical' || v.impact === 'serious').map(v => v.id)");
        Assert.Contains("button-name", ids);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Screenshots_of_the_dashboard_and_an_event_at_desktop_and_phone_width()
    {
        var seed = await SeedEventId();
        foreach (var (width, height) in new[] { (1440, 1000), (390, 844) })
        {
            var page = await Dashboard(width: width, height: height);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator("#map path.country").First).ToBeAttachedAsync(new() { Timeout = 15000 });
            await BrowserServer.Screenshot(page, $"dashboard-{width}.png", fullPage: width < 1000);
            await page.GotoAsync($"{Base}/event.html?id={seed}");
            await Assertions.Expect(page.Locator(".source-text mark").First).ToBeVisibleAsync();
            await BrowserServer.Screenshot(page, $"event-{width}.png", fullPage: false);
        }
    }
}
