using ConflictAtlas.Storage.Sql;
using Xunit;

namespace ConflictAtlas.Storage.Tests;

public sealed class EventColumnsTests
{
    [Fact]
    public void An_outlet_that_is_its_reports_address_is_held_once()
    {
        var text = EventColumns.SearchTextOf(["Gunmen attacked a market.", "Gao", "Market attack", "reports/1.txt", "reports/1.txt"]);

        Assert.Equal("Gunmen attacked a market.\nGao\nMarket attack\nreports/1.txt", text);
    }

    [Fact]
    public void A_part_inside_another_part_is_dropped_whatever_its_case_and_the_others_keep_their_order()
    {
        var text = EventColumns.SearchTextOf(["Clashes near the market of Gao.", "GAO", null, "", "Sahel Wire", "https://sahelwire.example/gao-clashes"]);

        Assert.Equal("Clashes near the market of Gao.\nSahel Wire\nhttps://sahelwire.example/gao-clashes", text);
    }

    [Fact]
    public void Parts_that_only_overlap_are_all_kept()
    {
        var text = EventColumns.SearchTextOf(["market attack", "attack on Gao"]);

        Assert.Equal("market attack\nattack on Gao", text);
    }
}
