namespace ConflictAtlas.Server.Tests.Support;

/// <summary>Four invented events in three countries, chosen so every filter keeps a different subset (confidences
/// 0.9, 0.55, 0.75 and 0.9).</summary>
public static class SampleEvents
{
    public const string Hostile = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

    public static IReadOnlyList<SeedEvent> All { get; } =
    [
        new("2024-03-04", "Mali", 466, "Kidal", "Tinzaouaten", 19.949, 2.968, "Battles", "Armed clash",
            "Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims", 5,
            "Soldiers clashed with JNIM fighters near Tinzaouaten, leaving five dead.", "Sahel Radio"),
        new("2024-03-20", "Mali", 466, "Mopti", "Mopti", 14.49, -4.19, "Explosions/Remote violence", "Air/drone strike",
            "Military Forces of Mali (2021-)", "Civilians (Mali)", 12,
            "A drone strike on a market in Mopti killed twelve civilians.", "Bamako Daily", Confidence: 0.55),
        new("2024-04-02", "Burkina Faso", 854, "Sahel", "Djibo", 14.10, -1.63, "Battles", "Armed clash",
            "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)", 0,
            "JNIM attacked an army post at Djibo; no casualties were reported.", "Ouaga Wire", Confidence: 0.75),
        new("2024-05-10", "Sudan", 729, "Khartoum", "Khartoum", 15.50, 32.56, "Protests", "Peaceful protest",
            "Protesters (Sudan)", "", 0,
            "Residents of Khartoum marched for peace " + Hostile, "Nile Post"),
    ];
}
