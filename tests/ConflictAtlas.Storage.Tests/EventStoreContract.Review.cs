using System.Text.Json.Nodes;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Review;
using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Accounts, review actions and comments, on every store.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Users_are_unique_by_name_and_tokens_find_their_user()
    {
        await using var store = await CreateStoreAsync();
        var ana = await store.AddUserAsync("ana", Roles.Reviewer, "hash-a");
        await store.AddUserAsync("bo", Roles.Admin, "hash-b");

        await Assert.ThrowsAsync<StoreException>(() => store.AddUserAsync("ana", Roles.Admin, "other"));
        await Assert.ThrowsAsync<StoreException>(() => store.AddUserAsync("cy", "owner", "hash"));
        Assert.Equal([("ana", "reviewer"), ("bo", "admin")], (await store.UsersAsync()).Select(u => (u.Name, u.Role)));
        Assert.Equal("hash-a", (await store.FindCredentialsAsync("ana"))!.PasswordHash);
        Assert.Null(await store.FindCredentialsAsync("nobody"));

        var token = ApiTokens.Create();
        await store.AddTokenAsync("ana", ApiTokens.Sha256(token));
        Assert.Equal(ana.Id, (await store.FindByTokenAsync(ApiTokens.Sha256(token)))!.Id);
        Assert.Null(await store.FindByTokenAsync(ApiTokens.Sha256(token + "x")));
        await Assert.ThrowsAsync<StoreException>(() => store.AddTokenAsync("nobody", ApiTokens.Sha256(ApiTokens.Create())));
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_an_ended_session_is_gone()
    {
        await using var store = await CreateStoreAsync();
        var ana = await store.AddUserAsync("ana", Roles.Reviewer, "hash-a");
        var (fresh, expired) = (ApiTokens.Create(), ApiTokens.Create());
        await store.AddTokenAsync("ana", ApiTokens.Sha256(fresh), DateTimeOffset.UtcNow.AddMinutes(5));
        await store.AddTokenAsync("ana", ApiTokens.Sha256(expired), DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(ana.Id, (await store.FindByTokenAsync(ApiTokens.Sha256(fresh)))?.Id);
        Assert.Null(await store.FindByTokenAsync(ApiTokens.Sha256(expired)));

        await store.AddSessionAsync("session-1", ana.Id);
        await store.AddSessionAsync("session-2", ana.Id);
        Assert.True(await store.SessionExistsAsync("session-1"));
        await store.EndSessionAsync("session-1");
        Assert.False(await store.SessionExistsAsync("session-1"));
        Assert.True(await store.SessionExistsAsync("session-2"));
        await store.SetPasswordAsync("ana", "hash-new");
        Assert.False(await store.SessionExistsAsync("session-2"));
        await store.AddSessionAsync("session-3", ana.Id);
        await store.RemoveUserAsync("ana");
        Assert.False(await store.SessionExistsAsync("session-3"));
    }

    [Fact]
    public async Task Removing_a_user_drops_the_account_and_its_tokens_and_keeps_what_it_wrote()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        var id = Assert.Single(await store.QueryEventsAsync(EventFilter.All)).Id;
        await store.AddUserAsync("ana", Roles.Reviewer, "hash-a");
        await store.AddUserAsync("bo", Roles.Admin, "hash-b");
        var anaToken = ApiTokens.Sha256(ApiTokens.Create());
        var boToken = ApiTokens.Sha256(ApiTokens.Create());
        await store.AddTokenAsync("ana", anaToken);
        await store.AddTokenAsync("bo", boToken);
        await store.SetReviewStateAsync(id, ReviewStates.Confirmed, "confirm", "ana", "matches the army's statement");
        await store.AddCommentAsync(new NewComment(id, "ana", "ana@example.org", "seen in two reports", CommentStatuses.Published));

        await store.RemoveUserAsync("ana");

        Assert.Null(await store.FindCredentialsAsync("ana"));
        Assert.Null(await store.FindByTokenAsync(anaToken));
        Assert.Equal("bo", (await store.FindByTokenAsync(boToken))?.Name);
        Assert.Equal(["bo"], (await store.UsersAsync()).Select(u => u.Name));
        Assert.Equal("ana", (await store.RevisionsAsync(id))[^1].Who);
        Assert.Equal("ana", Assert.Single(await store.CommentsAsync(id, CommentStatuses.Published)).Name);
        await Assert.ThrowsAsync<StoreException>(() => store.RemoveUserAsync("ana"));

        // The name can be taken again; the new account has no tokens of the old one.
        await store.AddUserAsync("ana", Roles.Reviewer, "hash-c");
        Assert.Null(await store.FindByTokenAsync(anaToken));
    }

    [Fact]
    public async Task Revoking_drops_every_token_of_one_user_and_a_new_password_replaces_the_hash()
    {
        await using var store = await CreateStoreAsync();
        await store.AddUserAsync("ana", Roles.Reviewer, "hash-a");
        await store.AddUserAsync("bo", Roles.Admin, "hash-b");
        string[] anaTokens = [ApiTokens.Sha256(ApiTokens.Create()), ApiTokens.Sha256(ApiTokens.Create())];
        var boToken = ApiTokens.Sha256(ApiTokens.Create());
        foreach (var token in anaTokens)
        {
            await store.AddTokenAsync("ana", token);
        }

        await store.AddTokenAsync("bo", boToken);

        Assert.Equal(2, await store.RevokeTokensAsync("ana"));
        Assert.Null(await store.FindByTokenAsync(anaTokens[0]));
        Assert.Null(await store.FindByTokenAsync(anaTokens[1]));
        Assert.Equal("bo", (await store.FindByTokenAsync(boToken))?.Name);
        Assert.Equal(0, await store.RevokeTokensAsync("ana"));
        Assert.Equal("hash-a", (await store.FindCredentialsAsync("ana"))!.PasswordHash);
        await Assert.ThrowsAsync<StoreException>(() => store.RevokeTokensAsync("nobody"));

        await store.SetPasswordAsync("ana", "hash-new");
        Assert.Equal("hash-new", (await store.FindCredentialsAsync("ana"))!.PasswordHash);
        Assert.Equal("hash-b", (await store.FindCredentialsAsync("bo"))!.PasswordHash);
        await Assert.ThrowsAsync<StoreException>(() => store.SetPasswordAsync("nobody", "hash"));
    }

    [Fact]
    public async Task Confirm_and_reject_set_the_review_state_and_leave_a_revision()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        var id = Assert.Single(await store.QueryEventsAsync(EventFilter.All)).Id;
        Assert.Equal(ReviewStates.Unreviewed, (await store.GetEventAsync(id))!.ReviewState);

        await store.SetReviewStateAsync(id, ReviewStates.Confirmed, "confirm", "ana", "matches the army's statement");
        Assert.Equal(ReviewStates.Confirmed, (await store.GetEventAsync(id))!.ReviewState);
        await store.SetReviewStateAsync(id, ReviewStates.Rejected, "reject", "bo", "a training exercise, not a clash");

        Assert.Equal(ReviewStates.Rejected, (await store.GetEventAsync(id))!.ReviewState);
        var last = (await store.RevisionsAsync(id))[^1];
        Assert.Equal(("reject", "bo", "a training exercise, not a clash"), (last.Action, last.Who, last.Why));
        Assert.Equal("confirmed", JsonNode.Parse(last.What)!["review_state"]!["from"]!.GetValue<string>());
        await Assert.ThrowsAsync<StoreException>(() => store.SetReviewStateAsync(id + 100, ReviewStates.Confirmed, "confirm", "ana", "no such event"));
    }

    [Fact]
    public async Task A_correction_updates_the_record_and_survives_a_later_report_of_the_same_event()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        var id = Assert.Single(await store.QueryEventsAsync(EventFilter.All)).Id;

        await store.CorrectAsync(id, new JsonObject { ["fatalities"] = 7, ["admin1"] = "Gao Region" }, "ana", "the hospital count is 7");
        await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 20)));

        var e = (await store.GetEventAsync(id))!;
        Assert.Equal((7, "Gao Region", 2), (e.Record["fatalities"]!.GetValue<int>(), e.Record["admin1"]!.GetValue<string>(), e.Sources.Count));
        Assert.Equal(ReviewStates.Corrected, e.ReviewState);
        var correction = (await store.RevisionsAsync(id)).Single(r => r.Action == "correct");
        Assert.Equal(("ana", "the hospital count is 7"), (correction.Who, correction.Why));
        var changed = JsonNode.Parse(correction.What)!["changed"]!.AsObject();
        Assert.Equal((9, 7), (changed["fatalities"]!["from"]!.GetValue<int>(), changed["fatalities"]!["to"]!.GetValue<int>()));
        await Assert.ThrowsAsync<StoreException>(() => store.CorrectAsync(id, new JsonObject { ["fatalities"] = "many" }, "ana", "bad type"));
        await Assert.ThrowsAsync<StoreException>(() => store.CorrectAsync(id, new JsonObject { ["evidence"] = 1 }, "ana", "not correctable"));
    }

    [Fact]
    public async Task Merging_moves_the_sources_and_retires_the_other_event()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("gao.txt", "g", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        await store.SaveDocumentAsync(Atoms.Document("ansongo.txt", "a", Atoms.Make("2025-03-03", "Ansongo", 15.6597, 0.5022, 2)));
        var events = await store.QueryEventsAsync(EventFilter.All);
        var (keep, other) = (events[0].Id, events[1].Id);

        await store.MergeAsync(keep, other, "ana", "the same ambush reported from two towns");

        var kept = Assert.Single(await store.QueryEventsAsync(EventFilter.All));
        Assert.Equal((keep, 2), (kept.Id, kept.Sources.Count));
        var retired = (await store.GetEventAsync(other))!;
        Assert.Equal(("merged", ReviewStates.Merged), (retired.Status, retired.ReviewState));
        Assert.Equal("merge", (await store.RevisionsAsync(other))[^1].Action);
        Assert.Equal("merge", (await store.RevisionsAsync(keep))[^1].Action);
        await Assert.ThrowsAsync<StoreException>(() => store.MergeAsync(keep, other, "ana", "again"));
        await Assert.ThrowsAsync<StoreException>(() => store.MergeAsync(keep, keep, "ana", "itself"));
    }

    [Fact]
    public async Task Comments_wait_for_moderation_and_only_their_status_changes()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        var id = Assert.Single(await store.QueryEventsAsync(EventFilter.All)).Id;

        var visitor = await store.AddCommentAsync(new NewComment(id, "Visitor", "v@example.org", "<b>local sources say 12</b>", CommentStatuses.Pending));
        await store.AddCommentAsync(new NewComment(id, "Ana", "ana@example.org", "checked", CommentStatuses.Published));

        Assert.Equal(["checked"], (await store.CommentsAsync(id, CommentStatuses.Published)).Select(c => c.Body));
        Assert.Equal([visitor.Id], (await store.CommentsByStatusAsync(CommentStatuses.Pending)).Select(c => c.Id));
        Assert.True(await store.ModerateCommentAsync(visitor.Id, CommentStatuses.Published));
        Assert.False(await store.ModerateCommentAsync(visitor.Id, CommentStatuses.Rejected));
        Assert.Equal(["<b>local sources say 12</b>", "checked"], (await store.CommentsAsync(id, CommentStatuses.Published)).Select(c => c.Body).Order(StringComparer.Ordinal));
        Assert.Empty(await store.CommentsByStatusAsync(CommentStatuses.Pending));
        await Assert.ThrowsAsync<StoreException>(() => store.AddCommentAsync(new NewComment(id + 100, "X", "x@example.org", "y", CommentStatuses.Pending)));
    }
}
