namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>Events and fatalities for one key (a week's Monday, a country or an event type).</summary>
public sealed record StatsBucket(string Key, int Events, int Fatalities);
