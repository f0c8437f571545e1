namespace ConflictAtlas.Cli.Tests;

/// <summary>`atlas recode` codes the stored reports again; the coder has not changed here, so nothing changes.</summary>
public sealed class RecodeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-recode-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_same_coder_reads_every_stored_report_as_before()
    {
        var db = Path.Combine(_dir, "atlas.db");
        var ingest = await CliRunner.Run("ingest", Path.Combine(CliRunner.RepoRoot, "samples"), "--db", db);
        Assert.True(ingest.Code == 0, ingest.Err);
        var events = await CliRunner.Run("events", "list", "--db", db);

        var recode = await CliRunner.Run("recode", "--db", db, "--quiet");

        Assert.True(recode.Code == 0, recode.Err);
        Assert.Contains("10 stored report(s) coded again: 0 changed, 10 unchanged, 0 skipped", recode.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", recode.Out, StringComparison.Ordinal);
        Assert.Equal(events.Out, (await CliRunner.Run("events", "list", "--db", db)).Out);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_an_error()
    {
        var recode = await CliRunner.Run("recode", "--db", _dir);
        Assert.Equal(CliContext.InputError, recode.Code);
        Assert.Contains("folder", recode.Err, StringComparison.Ordinal);
    }
}
