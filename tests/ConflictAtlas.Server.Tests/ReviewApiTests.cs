using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Server.Tests.Support;

namespace ConflictAtlas.Server.Tests;

public sealed class ReviewApiTests : IAsyncLifetime
{
    private ApiServer _server = null!;
    private HttpClient _reviewer = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(SampleEvents.All);
        await Accounts.AddAsync(_server);
        _reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
    }

    public async Task DisposeAsync()
    {
        _reviewer.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("confirm", "{\"reason\":\"matches the UN report\"}", "confirmed")]
    [InlineData("confirm", "{}", "confirmed")]
    [InlineData("reject", "{\"reason\":\"a rumour, denied by both sides\"}", "rejected")]
    public async Task Confirm_and_reject_set_the_review_state_with_a_revision(string action, string body, string state)
    {
        var id = await Accounts.EventIdAsync(_reviewer, "Mopti");
        var response = await Post($"api/events/{id}/{action}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var e = await _reviewer.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal(state, e.GetProperty("review_state").GetString());
        var last = e.GetProperty("revisions").EnumerateArray().Last();
        Assert.Equal((action, "rita"), (last.GetProperty("action").GetString(), last.GetProperty("who").GetString()));
        Assert.Equal(state, last.GetProperty("what").GetProperty("review_state").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Correct_updates_the_fields_and_the_history_says_what_changed_and_why()
    {
        var id = await Accounts.EventIdAsync(_reviewer, "Mopti");
        var response = await Post($"api/events/{id}/correct", "{\"fields\":{\"fatalities\":9,\"admin1\":\"Mopti Region\"},\"reason\":\"the hospital confirmed nine\"}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var e = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("corrected", e.GetProperty("review_state").GetString());
        Assert.Equal(9, e.GetProperty("record").GetProperty("fatalities").GetInt32());
        Assert.Equal("Mopti Region", e.GetProperty("record").GetProperty("admin1").GetString());
        var last = e.GetProperty("revisions").EnumerateArray().Last();
        Assert.Equal(("correct", "the hospital confirmed nine"), (last.GetProperty("action").GetString(), last.GetProperty("why").GetString()));
        var fatalities = last.GetProperty("what").GetProperty("changed").GetProperty("fatalities");
        Assert.Equal((12, 9), (fatalities.GetProperty("from").GetInt32(), fatalities.GetProperty("to").GetInt32()));
        var listed = await _reviewer.GetFromJsonAsync<JsonElement>("api/events?min_fatalities=10");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
    }

    [Theory]
    [InlineData("{\"fields\":{\"fatalities\":\"nine\"},\"reason\":\"r\"}", "fields.fatalities")]
    [InlineData("{\"fields\":{\"fatalities\":-1},\"reason\":\"r\"}", "fields.fatalities")]
    [InlineData("{\"fields\":{\"fatalities\":2.5},\"reason\":\"r\"}", "fields.fatalities")]
    [InlineData("{\"fields\":{\"casualties\":3},\"reason\":\"r\"}", "fields.casualties")]
    [InlineData("{\"fields\":{\"evidence\":{}},\"reason\":\"r\"}", "fields.evidence")]
    [InlineData("{\"fields\":{\"event_date\":\"2024-02-30\"},\"reason\":\"r\"}", "fields.event_date")]
    [InlineData("{\"fields\":{\"latitude\":91},\"reason\":\"r\"}", "fields.latitude")]
    [InlineData("{\"fields\":{\"sub_event_type\":\"Skirmish\"},\"reason\":\"r\"}", "fields.sub_event_type")]
    [InlineData("{\"fields\":{\"actor1\":null},\"reason\":\"r\"}", "fields.actor1")]
    [InlineData("{\"fields\":{},\"reason\":\"r\"}", "fields")]
    [InlineData("{\"fields\":{\"fatalities\":3}}", "reason")]
    [InlineData("{\"fields\":{\"fatalities\":3},\"reason\":\"  \"}", "reason")]
    public async Task A_correction_with_a_bad_field_type_or_no_reason_is_a_400_naming_it(string body, string field)
    {
        var id = await Accounts.EventIdAsync(_reviewer, "Mopti");
        var response = await Post($"api/events/{id}/correct", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var e = await _reviewer.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal((12, "unreviewed"), (e.GetProperty("record").GetProperty("fatalities").GetInt32(), e.GetProperty("review_state").GetString()));
    }

    [Fact]
    public async Task Reject_without_a_reason_and_actions_on_unknown_events_are_refused()
    {
        var id = await Accounts.EventIdAsync(_reviewer, "Mopti");
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"api/events/{id}/reject", "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("api/events/999999/confirm", "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"api/events/{id}/merge", "{\"reason\":\"same\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Post($"api/events/{id}/merge", $"{{\"other_id\":{id},\"reason\":\"same\"}}")).StatusCode);
    }

    [Fact]
    public async Task Merge_moves_the_other_event_in_and_split_takes_a_source_back_out()
    {
        var keep = await Accounts.EventIdAsync(_reviewer, "Tinzaouaten");
        var other = await Accounts.EventIdAsync(_reviewer, "Mopti");
        var merged = await Post($"api/events/{keep}/merge", $"{{\"other_id\":{other},\"reason\":\"one operation\"}}");
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        var e = await merged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, e.GetProperty("sources").GetArrayLength());
        var gone = await _reviewer.GetFromJsonAsync<JsonElement>($"api/events/{other}");
        Assert.Equal(("merged", "merged"), (gone.GetProperty("status").GetString(), gone.GetProperty("review_state").GetString()));
        Assert.Equal(3, (await _reviewer.GetFromJsonAsync<JsonElement>("api/events")).GetProperty("total").GetInt32());

        var atom = e.GetProperty("sources").EnumerateArray().Last().GetProperty("atom_id").GetInt64();
        var split = await Post($"api/events/{keep}/split", $"{{\"atom_id\":{atom},\"reason\":\"different towns after all\"}}");
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var after = await split.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, after.GetProperty("sources").GetArrayLength());
        Assert.Equal(["create", "merge", "split"], after.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(4, (await _reviewer.GetFromJsonAsync<JsonElement>("api/events")).GetProperty("total").GetInt32());
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        _reviewer.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
