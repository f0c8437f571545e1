using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Tests.Support;

/// <summary>Test accounts: one reviewer and one admin per server, and browser-like clients signed in with them.</summary>
public static class Accounts
{
    public const string Reviewer = "rita";
    public const string Admin = "adam";
    public const string Password = "a long test password";

    public static async Task AddAsync(ApiServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var hash = PasswordHasher.Hash(Password);
        await server.Store.AddUserAsync(Reviewer, Roles.Reviewer, hash);
        await server.Store.AddUserAsync(Admin, Roles.Admin, hash);
    }

    /// <summary>A client with its own cookie jar, not signed in.</summary>
    public static HttpClient Browser(ApiServer server) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = server.BaseAddress };

    /// <summary>A client signed in with the session cookie that sends the anti-forgery token on every request.</summary>
    public static async Task<HttpClient> SignInAsync(ApiServer server, string name)
    {
        var client = Browser(server);
        var response = await client.PostAsJsonAsync("api/session", new { name, password = Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrf_token").GetString());
        return client;
    }

    public static async Task<long> EventIdAsync(HttpClient client, string location)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("api/events?page_size=500");
        return page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("location").GetString() == location).GetProperty("id").GetInt64();
    }
}
