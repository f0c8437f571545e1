using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds toponyms: runs of capitalised words that the gazetteer knows, and capitalised words after a place cue
/// ("the town of", "near", "à") even when it does not (those stay unresolved, never invented). Each found place
/// is resolved by <see cref="PlaceResolver"/> using the document's country context.
/// </summary>
public sealed class PlaceStage(IGazetteer gazetteer, CountryCatalog countries) : IPipelineStage
{
    /// <summary>Words that open region names ("North Kivu", "Haut-Uele"); alone before another capitalised word they are not places.</summary>
    private static readonly HashSet<string> CompassWords = WordLists.Default.Folded(WordList.CompassWords);

    private static readonly PhraseMatcher<bool> Cues = BuildCues();

    public string Name => "places";

    public Annotations Requires => Annotations.Text | Annotations.Tokens | Annotations.Countries | Annotations.Actors | Annotations.Dates;

    public Annotations Produces => Annotations.Places | Annotations.Geocodes;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = CountryContext.From(document, countries);
        IReadOnlyList<Token> tokens = document.Tokens;
        var blocked = document.Countries.Select(m => m.Span).Concat(document.Dates.Select(m => m.Span)).Concat(document.Actors.Select(m => m.Span)).ToList();
        var cueEnds = Cues.Match(tokens).ToDictionary(m => m.FirstToken + m.TokenCount, m => (Text: m.Span.Of(document.Text), Near: m.Values[0]));
        var found = new List<(TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)>();
        var maxTokens = Math.Max(1, gazetteer.MaxNameTokens);
        var sentenceStarts = SentenceStarts(document.Text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var hasCue = cueEnds.TryGetValue(i, out var cue);
            // A script without capitals (Arabic) marks no names: there a place is a word after a place cue.
            if (!(tokens[i].IsCapitalized || (tokens[i].IsCaseless && hasCue)) || blocked.Exists(b => b.Overlaps(tokens[i].Span)))
            {
                continue;
            }

            var matched = false;
            for (var n = Math.Min(maxTokens, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                if (!last.IsCapitalized && !(last.IsCaseless && tokens[i].IsCaseless) && n > 1)
                {
                    continue;
                }

                var span = new TextSpan(tokens[i].Span.Start, last.Span.End);
                if (blocked.Exists(b => b.Overlaps(span)) || document.Text.AsSpan(span.Start, span.Length).Contains('\n'))
                {
                    continue;
                }

                if (n == 1 && CompassWords.Contains(tokens[i].Folded) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized &&
                    tokens[i + 1].Span.Start - tokens[i].Span.End <= 1)
                {
                    // "North Darfur", "Upper Nile": the first word of a longer name, not a place of its own.
                    continue;
                }

                var surface = span.Of(document.Text);
                var key = TextNormalizer.PlaceKey(surface);
                var known = gazetteer.Lookup(key);
                if (known.Count == 0)
                {
                    continue;
                }

                var candidates = known.Where(c => PlaceResolver.IsPlausible(context, c, key, hasCue)).ToList();
                if (candidates.Count == 0)
                {
                    if (hasCue && !sentenceStarts.Contains(i))
                    {
                        // "in Léré" with only French and Nigerian namesakes: a place, but not one the gazetteer has here.
                        found.Add((span, surface, [], cue.Text, cue.Near, $"'{surface}' has gazetteer namesakes only outside the text's countries ({string.Join(", ", known.Select(k => k.CountryIso2).Distinct().Order(StringComparer.Ordinal).Take(6))}): left unresolved"));
                        i += n - 1;
                        matched = true;
                        break;
                    }

                    continue;
                }

                // A capitalised word that opens a sentence is only a place with a cue or a multi-word name.
                if (sentenceStarts.Contains(i) && !hasCue && n == 1 && !candidates.Any(c => c.Population >= PlaceResolver.LargeTownPopulation))
                {
                    continue;
                }

                found.Add((span, surface, candidates, hasCue ? cue.Text : null, hasCue && cue.Near, null));
                i += n - 1;
                matched = true;
                break;
            }

            if (!matched && hasCue && !cue.Near && cue.Text.Length > 3 && !sentenceStarts.Contains(i))
            {
                // "the village of Djiguibombo": a named place the gazetteer lacks.
                var last = i;
                while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Span.Start - tokens[last].Span.End <= 1)
                {
                    last++;
                }

                var span = new TextSpan(tokens[i].Span.Start, tokens[last].Span.End);
                if (!blocked.Exists(b => b.Overlaps(span)))
                {
                    found.Add((span, span.Of(document.Text), [], cue.Text, false, null));
                }

                i = last;
            }
        }

        var resolver = new PlaceResolver(context, found.SelectMany(f => f.Candidates).ToList(), document.Text);
        var mentions = found.Select(f =>
        {
            var (entry, reason) = resolver.Resolve(f.Surface, f.Candidates, f.Span);
            if (entry is { IsPopulated: true, FeatureCode: "PPLA", Admin1: { } admin1 } && FollowedByRegionWord(document.Text, f.Span) &&
                gazetteer.FindAdmin1(entry.CountryIso2, admin1) is { } region)
            {
                // "the Timbuktu region": the region whose seat is Timbuktu (Tombouctou), not the town.
                (entry, reason) = (region, $"{reason}; 'region' follows the seat of {region.Name}");
            }

            return new Mention<PlaceMention>(f.Span, new PlaceMention(f.Surface, f.Candidates, entry, f.Cue, f.Near, f.Rejected ?? reason), Name);
        });
        return document with { Places = [.. mentions] };
    }

    private static readonly string[] RegionWords = [.. WordLists.Default.Phrases(WordList.RegionWords)];

    private static bool FollowedByRegionWord(string text, TextSpan span)
    {
        var after = text.AsSpan(span.End, Math.Min(text.Length - span.End, 12)).TrimStart();
        foreach (var word in RegionWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsLetter(after[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> SentenceStarts(string text, IReadOnlyList<Token> tokens)
    {
        var starts = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var gapStart = i == 0 ? 0 : tokens[i - 1].Span.End;
            var gap = text.AsSpan(gapStart, tokens[i].Span.Start - gapStart);
            if (i == 0 || gap.IndexOfAny(".!?\n") >= 0 || gap.Contains('"') || gap.Contains('“'))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static PhraseMatcher<bool> BuildCues()
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var row in ResourceFile.ReadRows("place-cues.tsv"))
        {
            Languages.Check(row[1], "place-cues.tsv");
            foreach (var phrase in ResourceFile.SplitList(row[2]))
            {
                matcher.Add(phrase, row[0].Trim() == "1");
            }
        }

        return matcher;
    }
}
