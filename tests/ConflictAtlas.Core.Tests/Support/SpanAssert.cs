using System.Text.Json.Nodes;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Support;

/// <summary>Checks that spans point at real, non-empty text.</summary>
public static class SpanAssert
{
    public static void InText(string text, TextSpan span)
    {
        Assert.InRange(span.Start, 0, text.Length);
        Assert.InRange(span.End, span.Start + 1, text.Length);
        Assert.False(string.IsNullOrWhiteSpace(span.Of(text)));
    }

    /// <summary>Every evidence span of every event in the JSON contract has text equal to document.text[start:end].</summary>
    public static int ContractSpansMatch(JsonObject json)
    {
        var text = json["document"]!["text"]!.GetValue<string>();
        var count = 0;
        foreach (var ev in json["events"]!.AsArray())
        {
            foreach (var (_, spans) in ev!["evidence"]!.AsObject())
            {
                foreach (var span in spans!.AsArray())
                {
                    var start = span!["start"]!.GetValue<int>();
                    var end = span["end"]!.GetValue<int>();
                    Assert.Equal(text[start..end], span["text"]!.GetValue<string>());
                    Assert.True(end > start);
                    count++;
                }
            }
        }

        return count;
    }
}
