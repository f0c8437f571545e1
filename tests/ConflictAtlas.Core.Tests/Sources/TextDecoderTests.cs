using System.Text;
using ConflictAtlas.Core.Sources;

namespace ConflictAtlas.Core.Tests.Sources;

public sealed class TextDecoderTests
{
    [Fact]
    public void A_feed_xml_declaration_names_its_encoding()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Journal du S\u00e9n\u00e9gal</title></channel></rss>");
        Assert.Contains("Journal du Sénégal", TextDecoder.Decode("feed", bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_charset_wins_over_the_meta_tag()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Ségou</p>");
        Assert.Contains("Ségou", TextDecoder.Decode("page", bytes, declaredCharset: "utf-8"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_page_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Tombouctou</p>")).ToArray();
        Assert.Equal("<p>Tombouctou</p>", TextDecoder.Decode("page", bytes));
    }

    [Fact]
    public void Plain_text_ignores_markup_lookalikes()
    {
        var bytes = Encoding.UTF8.GetBytes("The string <meta charset=\"koi8-r\"> appears in this text about Gao.");
        Assert.Contains("about Gao", TextDecoder.Decode("t.txt", bytes, mayBeHtml: false), StringComparison.Ordinal);
    }
}
