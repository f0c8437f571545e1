namespace ConflictAtlas.Server.Tests;

public sealed class ServerOptionsTests
{
    [Fact]
    public void Private_fetch_is_off_unless_the_flag_is_given_anywhere_among_the_options()
    {
        Assert.False(ServerOptions.FromArgs(["--db", "a.db", "--urls", "http://127.0.0.1:9000"]).AllowPrivateFetch);

        var options = ServerOptions.FromArgs(["--db", "a.db", ServerOptions.AllowPrivateFetchFlag, "--urls", "http://127.0.0.1:9000", "--assets", "npm"]);
        Assert.Equal(("a.db", "http://127.0.0.1:9000", "npm", true), (options.Db, options.Urls, options.AssetsDir, options.AllowPrivateFetch));
        Assert.True(ServerOptions.FromArgs(["--urls", "http://127.0.0.1:9000", ServerOptions.AllowPrivateFetchFlag]).AllowPrivateFetch);
    }
}
