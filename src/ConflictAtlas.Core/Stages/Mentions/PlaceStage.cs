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

    /// <summary>"The Middle East", "West Africa": no place of the gazetteer (not Middle East, Maryland).</summary>
    private static readonly PhraseMatcher<bool> WorldRegions = WordLists.Default.Matcher(WordList.WorldRegions);

    /// <summary>The place cues of every language, and of each language alone: a French "a" (for "à") is no cue in
    /// an English report ("a Hunter").</summary>
    private static readonly (CuePhrases All, Dictionary<string, CuePhrases> ByLanguage) Cues = BuildCues();

    public string Name => "places";

    public Annotations Requires => Annotations.Text | Annotations.Tokens | Annotations.Countries | Annotations.Actors | Annotations.Dates;

    public Annotations Produces => Annotations.Places | Annotations.Geocodes;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = CountryContext.From(document, countries);
        IReadOnlyList<Token> tokens = document.Tokens;
        var blocked = new SpanSet(document.Countries.Select(m => m.Span).Concat(document.Dates.Select(m => m.Span)).Concat(document.Actors.Select(m => m.Span))
            .Concat(WorldRegions.Match(document.Tokens).Select(m => m.Span)));
        var cues = document.Metadata.Language is { } language && Cues.ByLanguage.TryGetValue(language, out var own) ? own : Cues.All;
        var cueEnds = cues.Ends(document.Text, tokens);
        var tokenAt = TokenStarts(tokens);
        CarryCuesOverCountryAdjectives(document, tokenAt, cueEnds);
        var found = new List<(TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)>();
        found.AddRange(CapitalsNamedAsTheirCountry(document, tokens, tokenAt).Select(c => (c.Span, c.Span.Of(document.Text), c.Candidates, (string?)c.Cue, false, (string?)null)));
        var maxTokens = Math.Max(1, gazetteer.MaxNameTokens);
        var sentenceStarts = SentenceStarts(document.Text, tokens);
        var common = CommonWords(document.Text, tokens);
        var titleLines = TitleCaseLines(document.Text, tokens);
        var nameWords = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i].IsCapitalized && !titleLines.Contains(i) && IsNamePart(document.Text, tokens, i, blocked, common))
            .Select(i => tokens[i].Folded).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var hasCue = cueEnds.TryGetValue(i, out var cue);
            if (hasCue && tokens[i].IsCaseless && i > 0 && PlaceAside.ClosesBetween(document.Text, tokens[i - 1].Span.End, tokens[i].Span.Start))
            {
                // "وعنابة (شرق) وتيزي وزو": the bearing in brackets qualifies the town before it, not the next name.
                hasCue = false;
            }

            var start = tokens[i].Span.Start;
            HashSet<string>? listCountries = null;
            if (!hasCue && tokens[i].IsCaseless && ListHead(document.Text, found, tokens[i]) is { } head)
            {
                // "في قسنطينة وعنابة": a name written onto the conjunction right after a place continues its list and
                // shares its cue; the conjunction is no part of the name, and the name must be a place of the
                // report's countries or of the list's first place.
                (hasCue, cue, start) = (true, (head.Cue ?? string.Empty, head.Near), start + TextNormalizer.AttachedConjunctionLength(tokens[i].Surface));
                listCountries = [.. head.Candidates.Select(c => c.CountryIso2).Concat(context.Ranked.Select(r => r.Iso2))];
            }

            // A script without capitals (Arabic) marks no names: there a place is a word after a place cue.
            if (!(tokens[i].IsCapitalized || (tokens[i].IsCaseless && hasCue)) || blocked.Overlaps(tokens[i].Span))
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

                var span = new TextSpan(start, last.Span.End);
                if (blocked.Overlaps(span) || document.Text.AsSpan(span.Start, span.Length).Contains('\n'))
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

                // "Ilhan Omar", "Hunter Biden": one word of a longer capitalised name is not a place of its own; nor is
                // a word the text also writes in lower case ("the hunter") unless a cue introduces it.
                // The same holds for a word the text gives elsewhere as part of a name ("Liz Warren ... Warren said"),
                // a month ("In May"), a function word ("On"), and a word in capitals for emphasis ("A HUNTER who") outside a dateline.
                if (n == 1 && ((IsNamePart(document.Text, tokens, i, blocked, common) && !titleLines.Contains(i)) ||
                               (!hasCue && (common.Contains(tokens[i].Folded) || nameWords.Contains(tokens[i].Folded))) ||
                               DateWords.Default.IsMonth(tokens[i].Surface, out _) ||
                               (!hasCue && IsFunctionWord(document, tokens[i])) ||
                               (IsInCapitals(tokens[i]) && !hasCue && !titleLines.Contains(i) && !OpensLine(document.Text, tokens[i]))))
                {
                    continue;
                }

                // "Zamfara State", "Mopti Region": a region named with its own head word needs no cue before it.
                var headed = n > 1 && RegionHeads.Contains(last.Folded);
                var candidates = known.Where(c => PlaceResolver.IsPlausible(context, c, key, hasCue || (headed && c.IsAdmin1)) &&
                                                  (listCountries is null || listCountries.Contains(c.CountryIso2))).ToList();
                if (candidates.Count == 0)
                {
                    if (hasCue && listCountries is null && !sentenceStarts.Contains(i))
                    {
                        // "in Léré" with only French and Nigerian namesakes: a place, but not one the gazetteer has here.
                        // A longer name of which the namesake is only the start ("Markaz al-Ziyadiyah") is that place; a name
                        // joined on by a hyphen is another place ("the Fada-Pama road").
                        var end = NameEnd(document.Text, tokens, i);
                        var whole = new TextSpan(start, tokens[Math.Max(end, i + n - 1)].Span.End);
                        if (end <= i + n - 1 || (span.End < document.Text.Length && document.Text[span.End] == '-') || blocked.Overlaps(whole) || document.Text.AsSpan(whole.Start, whole.Length).Contains('\n'))
                        {
                            (whole, end) = (span, i + n - 1);
                        }

                        var name = whole.Of(document.Text);
                        found.Add((whole, name, [], cue.Text, cue.Near, $"'{name}' has gazetteer namesakes only outside the text's countries ({string.Join(", ", known.Select(k => k.CountryIso2).Distinct().Order(StringComparer.Ordinal).Take(6))}): left unresolved"));
                        i = end;
                        matched = true;
                        break;
                    }

                    continue;
                }

                // A capitalised word that opens a sentence is only a place with a cue, a multi-word name, or a large town
                // under its own name ("More" is not Moore).
                if (sentenceStarts.Contains(i) && !hasCue && n == 1)
                {
                    candidates = [.. candidates.Where(c => c.Population >= PlaceResolver.LargeTownPopulation && TextNormalizer.Fold(c.Name) == tokens[i].Folded)];
                    if (candidates.Count == 0)
                    {
                        continue;
                    }
                }

                found.Add((span, surface, candidates, hasCue ? cue.Text : null, hasCue && cue.Near, null));
                i += n - 1;
                matched = true;
                break;
            }

            if (matched)
            {
                continue;
            }

            var nameEnd = NameEnd(document.Text, tokens, i);
            var villageWord = hasCue || listCountries is not null ? null :
                SettlementWordAfter(document.Text, tokens, i, nameEnd) ?? OpenerOfAnApposition(document.Text, tokens, i, nameEnd, cueEnds);
            if (((hasCue && listCountries is null && !cue.Near && (cue.Text.Length > 3 || SettlementApposition(document.Text, tokens, nameEnd, cueEnds) ||
                                                                         RegionApposition(document, tokens, nameEnd, context, found))) || villageWord is not null) &&
                !sentenceStarts.Contains(i))
            {
                // "the village of Djiguibombo", "in Djiguibombo, a fishing village", "an attack on Djiguibombo village": a
                // named place the gazetteer lacks (the word after the name stands for its cue).
                var span = new TextSpan(tokens[i].Span.Start, tokens[nameEnd].Span.End);
                if (!blocked.Overlaps(span))
                {
                    found.Add((span, span.Of(document.Text), [], villageWord ?? cue.Text, false, null));
                    if (hasCue && !cueEnds.ContainsKey(nameEnd + 1) && RegionApposition(document, tokens, nameEnd, context, found))
                    {
                        // "in Tamkoura, Tahoua": the region after the comma is told with the village's cue.
                        cueEnds[nameEnd + 1] = cue;
                    }
                }

                i = nameEnd;
            }
        }

        var unnamedCapitals = UnnamedCapitals(document, tokens, cueEnds, context, found).ToList();
        found.AddRange(unnamedCapitals.Select(c => (c.Span, c.Span.Of(document.Text), c.Candidates, (string?)null, false, (string?)null)));
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var resolver = new PlaceResolver(context, found.SelectMany(f => f.Candidates).ToList(), document.Text);
        var mentions = found.Select(f =>
        {
            var (entry, reason) = resolver.Resolve(f.Surface, f.Candidates, f.Span, f.Cue);
            if (entry is { IsPopulated: true, FeatureCode: "PPLA", Admin1: { } admin1 } && FollowedByRegionWord(document.Text, f.Span) &&
                gazetteer.FindAdmin1(entry.CountryIso2, admin1) is { } region)
            {
                // "the Timbuktu region": the region whose seat is Timbuktu (Tombouctou), not the town.
                (entry, reason) = (region, $"{reason}; 'region' follows the seat of {region.Name}");
            }
            else if (entry is { IsPopulated: true, FeatureCode: "PPLA", Admin1: { } seatOf } && RegionNames.Same(seatOf, entry.Name) &&
                     AfterRegionPartWord(tokens, tokenAt, f.Span) && gazetteer.FindAdmin1(entry.CountryIso2, seatOf) is { } part)
            {
                // "in northern Potosi", "central Tahoua": a part of the region that goes by its seat's name, not the town.
                (entry, reason) = (part, $"{reason}; a word naming a part of {part.Name} comes before its seat");
            }

            var isSettlement = entry is null && !f.Near && f.Cue is { } cue &&
                               (Tokenizer.Tokenize(cue).Exists(t => SettlementWords.Contains(t.Folded)) ||
                                (tokenAt.TryGetValue(f.Span.Start, out var first) && (SettlementApposition(document.Text, tokens, NameEnd(document.Text, tokens, first), cueEnds) ||
                                                                                      RegionApposition(document, tokens, NameEnd(document.Text, tokens, first), context, found))));
            return new Mention<PlaceMention>(f.Span, new PlaceMention(f.Surface, f.Candidates, entry, f.Cue, f.Near, f.Rejected ?? reason) { IsSettlement = isSettlement, IsUnnamedCapital = unnamedCapitals.Exists(c => c.Span == f.Span) }, Name);
        });
        return document with { Places = [.. mentions] };
    }

    /// <summary>
    /// The place a caseless word continues the list of: a found place right before it, with only spaces, commas or a
    /// short aside in brackets between, when the word starts with an attached conjunction ("وعنابة"). Null otherwise.
    /// </summary>
    private static (TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)? ListHead(
        string text, List<(TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)> found, Token token)
    {
        if (TextNormalizer.AttachedConjunctionLength(token.Surface) == 0)
        {
            return null;
        }

        var at = found.FindLastIndex(f => f.Candidates.Count > 0 && f.Span.End <= token.Span.Start &&
                                          PlaceAside.WithoutLeading(text[f.Span.End..token.Span.Start]).Trim().Trim(ListCommas).Length == 0 &&
                                          !text.AsSpan(f.Span.End, token.Span.Start - f.Span.End).Contains('\n'));
        return at < 0 ? null : found[at];
    }

    /// <summary>The commas that may stand between listed places (Latin and Arabic).</summary>
    private const string ListCommas = ",\u060C";

    private static readonly string[] RegionWords = [.. WordLists.Default.Phrases(WordList.RegionWords)];

    private static readonly HashSet<string> SettlementWords = WordLists.Default.Folded(WordList.SettlementWords);

    /// <summary>The most lower-case words of an apposition before the word that says what the place is ("a small
    /// fishing community", "une localité située").</summary>
    private const int AppositionWords = 6;

    private static readonly HashSet<string> NameParticles = WordLists.Default.Folded(WordList.NameParticles);

    private static readonly HashSet<string> HyphenNameParticles = WordLists.Default.Folded(WordList.HyphenNameParticles);

    /// <summary>The last token of the run of capitalised words that starts at token <paramref name="i"/>; the run goes on
    /// through a lower-case particle between two capitalised words ("Cerro Prieto de Abajo", "Markaz al-Ziyadiyah").</summary>
    private static int NameEnd(string text, IReadOnlyList<Token> tokens, int i)
    {
        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Span.Start - tokens[last].Span.End <= 1)
        {
            if (tokens[last + 1].IsCapitalized)
            {
                last++;
            }
            else if (last + 2 < tokens.Count && tokens[last + 2].IsCapitalized && tokens[last + 2].Span.Start - tokens[last + 1].Span.End == 1 &&
                     (text[tokens[last + 1].Span.End] == '-' ? HyphenNameParticles : NameParticles).Contains(tokens[last + 1].Folded))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    private static readonly HashSet<string> SettlementAfterWords = WordLists.Default.Folded(WordList.SettlementAfterWords);

    private static readonly HashSet<string> SettlementAfterOpeners = WordLists.Default.Folded(WordList.SettlementAfterOpeners);

    /// <summary>"on Tamkoura village": the settlement word right after the name that runs from token <paramref name="first"/>
    /// to <paramref name="last"/>, the name itself right after an opener ("on", "in"); null otherwise.</summary>
    private static string? SettlementWordAfter(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first == 0 || last + 1 >= tokens.Count || !SettlementAfterOpeners.Contains(tokens[first - 1].Folded) ||
            !SettlementAfterWords.Contains(tokens[last + 1].Folded) || !char.IsLower(tokens[last + 1].Surface[0]) ||
            !text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).SequenceEqual(" ") ||
            !text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End).SequenceEqual(" "))
        {
            return null;
        }

        return tokens[last + 1].Surface;
    }

    private static readonly HashSet<string> AppositionOpeners = WordLists.Default.Folded(WordList.SettlementAppositionOpeners);

    /// <summary>"an attack on Tamkoura, a village south of Dabnou": the opener right before the name that starts at token
    /// <paramref name="first"/> (and ends at <paramref name="last"/>) when an apposition after the name calls it a settlement; null otherwise.</summary>
    private static string? OpenerOfAnApposition(string text, IReadOnlyList<Token> tokens, int first, int last, Dictionary<int, (string Text, bool Near)> cueEnds) =>
        first > 0 && AppositionOpeners.Contains(tokens[first - 1].Folded) &&
        text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End).SequenceEqual(" ") &&
        SettlementApposition(text, tokens, last, cueEnds)
            ? tokens[first - 1].Surface
            : null;

    /// <summary>"Tamkoura, a small farming village", "Tamkoura, une localité": a comma after the name at token
    /// <paramref name="last"/>, then lower-case words only, one of them a settlement word. So is "Tamkoura, près de
    /// Dabnou": a "near" cue (<paramref name="cueEnds"/>) and a name right after the comma place it by a known town.</summary>
    private static bool SettlementApposition(string text, IReadOnlyList<Token> tokens, int last, Dictionary<int, (string Text, bool Near)> cueEnds)
    {
        if (last + 1 >= tokens.Count || text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).Trim() is not ",")
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Count && k <= last + AppositionWords; k++)
        {
            if (k > last + 1 && tokens[k].IsCapitalized && cueEnds.TryGetValue(k, out var cue) && cue.Near)
            {
                return true;
            }

            if (!char.IsLower(tokens[k].Surface[0]) || (k > last + 1 && text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End).Trim().Length > 0))
            {
                return false;
            }

            if (SettlementWords.Contains(tokens[k].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in Djiguibombo, Mali, on Sunday", "en Loma Seca, Orellana": a comma after the name at token
    /// <paramref name="last"/>, then right after it a country the text names or a region of one of the report's
    /// countries or of a place found before it: the name the gazetteer lacks is a place in that region or country.</summary>
    private bool RegionApposition(Document document, IReadOnlyList<Token> tokens, int last, CountryContext context,
                                  List<(TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)> found)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].IsCapitalized ||
            document.Text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).Trim() is not ",")
        {
            return false;
        }

        var next = tokens[last + 1].Span.Start;
        if (document.Countries.Any(m => m.Span.Start == next && !m.Value.IsAdjective && m.Value.Places))
        {
            return true;
        }

        // "Jonglei State" or "Jonglei": the whole name after the comma, or its first words.
        for (var end = NameEnd(document.Text, tokens, last + 1); end > last; end--)
        {
            var key = TextNormalizer.PlaceKey(new TextSpan(next, tokens[end].Span.End).Of(document.Text));
            if (gazetteer.Lookup(key).Any(e => e.IsAdmin1 && (PlaceResolver.IsPlausible(context, e, key, hasCue: true) ||
                                                              found.Exists(f => f.Span.Start < next && f.Candidates.Any(c => c.CountryIso2 == e.CountryIso2)))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly PhraseMatcher<bool> CapitalCues = WordLists.Default.Matcher(WordList.CapitalCues);

    /// <summary>The index of the token that starts at each offset.</summary>
    private static Dictionary<int, int> TokenStarts(IReadOnlyList<Token> tokens)
    {
        var starts = new Dictionary<int, int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            starts[tokens[i].Span.Start] = i;
        }

        return starts;
    }

    /// <summary>"في العاصمة الليبية طرابلس" (in the Libyan capital Tripoli): a country adjective right after a cue
    /// passes the cue on to the word after it.</summary>
    private static void CarryCuesOverCountryAdjectives(Document document, Dictionary<int, int> tokenAt, Dictionary<int, (string Text, bool Near)> cueEnds)
    {
        foreach (var country in document.Countries)
        {
            if (!country.Value.IsAdjective || !tokenAt.TryGetValue(country.Span.Start, out var first) || !cueEnds.TryGetValue(first, out var cue))
            {
                continue;
            }

            var next = first;
            while (next < document.Tokens.Length && document.Tokens[next].Span.Start < country.Span.End)
            {
                next++;
            }

            cueEnds.TryAdd(next, cue);
        }
    }

    /// <summary>
    /// "العاصمة تونس" (the capital Tunis), "the capital Djibouti": a country's name after a capital cue is its capital
    /// city when the gazetteer gives that country a capital of that name. Elsewhere the name stays the country's.
    /// </summary>
    private IEnumerable<(TextSpan Span, IReadOnlyList<GazetteerEntry> Candidates, string Cue)> CapitalsNamedAsTheirCountry(
        Document document, IReadOnlyList<Token> tokens, Dictionary<int, int> tokenAt)
    {
        var capitalCueEnds = CapitalCues.Match(tokens).ToDictionary(m => m.FirstToken + m.TokenCount, m => m.Span.Of(document.Text));
        if (capitalCueEnds.Count == 0)
        {
            yield break;
        }

        foreach (var country in document.Countries)
        {
            if (country.Value.IsAdjective || !tokenAt.TryGetValue(country.Span.Start, out var first) || !capitalCueEnds.TryGetValue(first, out var cue))
            {
                continue;
            }

            var capitals = gazetteer.Lookup(TextNormalizer.PlaceKey(country.Span.Of(document.Text)))
                .Where(e => e is { IsPopulated: true, FeatureCode: "PPLC" } && country.Value.Countries.Any(c => c.Iso2 == e.CountryIso2))
                .ToList();
            if (capitals.Count > 0)
            {
                yield return (country.Span, capitals, cue);
            }
        }
    }

    private static readonly PhraseMatcher<bool> CapitalQualifiers = WordLists.Default.Matcher(WordList.CapitalQualifiers);

    /// <summary>
    /// "in the capital", "dans la capitale togolaise", "غرب العاصمة": a capital cue that no name follows is the capital
    /// city of the country whose adjective follows it, else of the country the report is about, as the gazetteer marks
    /// it (PPLC). Not when a qualifier follows ("the capital of the province", "la capitale régionale") or a place is
    /// named right after it ("the capital, Mogadishu", "العاصمة طرابلس"): that place is the one told; nor after a cue of
    /// nearness ("north of the capital").
    /// </summary>
    private IEnumerable<(TextSpan Span, IReadOnlyList<GazetteerEntry> Candidates)> UnnamedCapitals(
        Document document, IReadOnlyList<Token> tokens, Dictionary<int, (string Text, bool Near)> cueEnds, CountryContext context,
        List<(TextSpan Span, string Surface, IReadOnlyList<GazetteerEntry> Candidates, string? Cue, bool Near, string? Rejected)> found)
    {
        var cues = CapitalCues.Match(tokens).ToList();
        if (cues.Count == 0)
        {
            yield break;
        }

        var qualified = CapitalQualifiers.Match(tokens).Select(m => m.FirstToken).ToHashSet();
        var placeStarts = found.Where(f => f.Candidates.Count > 0).Select(f => f.Span.Start).ToHashSet();
        foreach (var cue in cues)
        {
            if (cueEnds.TryGetValue(cue.FirstToken, out var before) && before.Near)
            {
                // "north of the capital", "غرب العاصمة": the capital only gives the bearing of a place told elsewhere.
                continue;
            }

            var next = cue.FirstToken + cue.TokenCount;
            var country = context.Main;
            if (next < tokens.Count && document.Countries.FirstOrDefault(c => c.Span.Start == tokens[next].Span.Start) is { Value: { } named } mention)
            {
                if (!named.IsAdjective || named.Countries.Count != 1)
                {
                    continue;
                }

                country = named.Countries[0];
                while (next < tokens.Count && tokens[next].Span.Start < mention.Span.End)
                {
                    next++;
                }
            }

            // The word after the cue in the same sentence (after a comma too): a name there is the capital told by its name.
            var follows = next < tokens.Count && document.Text.AsSpan(cue.Span.End, tokens[next].Span.Start - cue.Span.End).IndexOfAny(".!?\n") < 0;
            if (country?.Capital is not { } capital ||
                (follows && (qualified.Contains(next) || tokens[next].IsCapitalized || placeStarts.Contains(tokens[next].Span.Start))))
            {
                continue;
            }

            var capitals = gazetteer.Lookup(TextNormalizer.PlaceKey(capital))
                .Where(e => e is { IsPopulated: true, FeatureCode: "PPLC" } && e.CountryIso2 == country.Iso2)
                .ToList();
            if (capitals.Count > 0 && !found.Exists(f => f.Span.Overlaps(cue.Span)))
            {
                yield return (cue.Span, capitals);
            }
        }
    }

    private static readonly HashSet<string> PlaceHeads = WordLists.Default.Folded(WordList.PlaceHeads);

    private static readonly HashSet<string> RegionHeads = WordLists.Default.Folded(WordList.RegionWords);

    private static readonly HashSet<string> RegionPartWords = WordLists.Default.Folded(WordList.RegionPartWords);

    /// <summary>Whether a word naming a part of a region ("northern", "central") stands right before the name.</summary>
    private static bool AfterRegionPartWord(IReadOnlyList<Token> tokens, Dictionary<int, int> tokenAt, TextSpan span) =>
        tokenAt.TryGetValue(span.Start, out var first) && first > 0 && tokens[first - 1] is var before &&
        RegionPartWords.Contains(before.Folded) && span.Start - before.Span.End <= 1;

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

    /// <summary>Whether token <paramref name="i"/> stands next to another capitalised word, with only a space
    /// between them, that is not a country, date or actor already read nor a word the text writes in lower case
    /// ("In Kidal"): then both are one name ("Ilhan Omar"). A region word after it ("Kidal Region") does not make a name.</summary>
    private static bool IsNamePart(string text, IReadOnlyList<Token> tokens, int i, SpanSet blocked, HashSet<string> common)
    {
        // "Ilhan Omar", "Elizabeth A. Burton", "Marcus Childers": a first name or an initial before it, or a surname
        // after it. A head word after it ("Cali Mayor", "Aleppo International Airport") keeps the place.
        return Joined(i - 1, i) || IsInitial(i - 1) || IsInitial(i + 1) || (Joined(i, i + 1) && !PlaceHeads.Contains(tokens[i + 1].Folded));

        bool Joined(int a, int b) =>
            a >= 0 && b < tokens.Count && tokens[a].IsCapitalized && tokens[b].IsCapitalized &&
            tokens[b].Span.Start - tokens[a].Span.End == 1 && text[tokens[a].Span.End] == ' ' &&
            !blocked.Overlaps(tokens[a == i ? b : a].Span) && !CompassWords.Contains(tokens[a == i ? b : a].Folded) &&
            !common.Contains(tokens[a == i ? b : a].Folded);

        bool IsInitial(int a) =>
            a >= 0 && a < tokens.Count && Math.Abs(a - i) == 1 && tokens[a].Surface.Length == 1 && char.IsUpper(tokens[a].Surface[0]) &&
            tokens[a].Span.End < text.Length && text[tokens[a].Span.End] == '.' &&
            Math.Abs(tokens[Math.Max(a, i)].Span.Start - tokens[Math.Min(a, i)].Span.End) == 1;
    }

    /// <summary>"On Saturday" run into the line before it: a function word of the text's language ("On", "Sur") is
    /// not a place without a cue, whatever namesake's alternate name it matches. A compass word stays a region ("l'Est").</summary>
    private static bool IsFunctionWord(Document document, Token token) =>
        document.Metadata.Language is { } language && !CompassWords.Contains(token.Folded) &&
        Clean.LanguageDetector.Default.IsFunctionWord(language, token.Folded);

    private static bool IsInCapitals(Token token) => token.Surface.Count(char.IsLetter) >= 2 && !token.Surface.Any(char.IsLower);

    private static bool OpensLine(string text, Token token) => token.Span.Start == 0 || text[token.Span.Start - 1] == '\n';

    /// <summary>Words the text also writes in lower case ("the hunter"): common words, not names.</summary>
    private static HashSet<string> CommonWords(string text, IReadOnlyList<Token> tokens)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            // A word of running text, between spaces or before punctuation; not a piece of a web address or a file
            // name ("/kharkiv-strike.html").
            var before = token.Span.Start == 0 ? ' ' : text[token.Span.Start - 1];
            var after = token.Span.End >= text.Length ? ' ' : text[token.Span.End];
            if (token.Surface.Length > 0 && char.IsLower(token.Surface[0]) && char.IsWhiteSpace(before) &&
                (char.IsWhiteSpace(after) || after is ',' or ';' or ':' or '!' or '?' or ')' || (after == '.' && (token.Span.End + 1 >= text.Length || char.IsWhiteSpace(text[token.Span.End + 1])))))
            {
                lower.Add(token.Folded);
            }
        }

        return lower;
    }

    /// <summary>The tokens of lines written in title case (most words capitalised: headlines), where capitals say
    /// nothing about names.</summary>
    private static HashSet<int> TitleCaseLines(string text, IReadOnlyList<Token> tokens)
    {
        var result = new HashSet<int>();
        var lineStart = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || (i > lineStart && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Contains('\n')))
            {
                var capitals = 0;
                for (var j = lineStart; j < i; j++)
                {
                    capitals += tokens[j].IsCapitalized ? 1 : 0;
                }

                if (i - lineStart >= MinTitleWords && capitals >= TitleCaseShare * (i - lineStart))
                {
                    for (var j = lineStart; j < i; j++)
                    {
                        result.Add(j);
                    }
                }

                lineStart = i;
            }
        }

        return result;
    }

    private const int MinTitleWords = 3;
    private const double TitleCaseShare = 0.6;

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

    private static (CuePhrases All, Dictionary<string, CuePhrases> ByLanguage) BuildCues()
    {
        var all = new CuePhrases();
        var byLanguage = new Dictionary<string, CuePhrases>(StringComparer.Ordinal);
        foreach (var row in ResourceFile.ReadRows("place-cues.tsv"))
        {
            var language = Languages.Check(row[1], "place-cues.tsv");
            if (!byLanguage.TryGetValue(language, out var own))
            {
                own = new CuePhrases();
                byLanguage[language] = own;
            }

            foreach (var phrase in ResourceFile.SplitList(row[2]))
            {
                all.Add(phrase, row[0].Trim() == "1");
                own.Add(phrase, row[0].Trim() == "1");
            }
        }

        return (all, byLanguage);
    }

    /// <summary>
    /// The place cues of a language: plain phrases, and phrases with a gap (<see cref="Gap"/>) that any one lower-case
    /// word fills ("la localidad * de" reads "la localidad murciana de", "the * town of" reads "the northern town of").
    /// </summary>
    private sealed class CuePhrases
    {
        /// <summary>The mark of the one free word in a cue phrase.</summary>
        public const string Gap = "*";

        private readonly PhraseMatcher<bool> _phrases = new();
        private readonly Dictionary<string, List<(string[] Before, string[] After, bool Near)>> _gappedByFirstWord = new(StringComparer.Ordinal);

        public void Add(string phrase, bool near)
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var gap = Array.IndexOf(parts, Gap);
            if (gap < 0)
            {
                _phrases.Add(phrase, near);
                return;
            }

            string[] Folded(IEnumerable<string> words) => [.. Tokenizer.Tokenize(string.Join(' ', words)).Select(t => t.Folded)];
            var before = Folded(parts[..gap]);
            var after = Folded(parts[(gap + 1)..]);
            if (before.Length == 0 || after.Length == 0)
            {
                throw new InvalidDataException($"place-cues.tsv: '{phrase}' needs words on both sides of its '{Gap}'");
            }

            if (!_gappedByFirstWord.TryGetValue(before[0], out var list))
            {
                list = [];
                _gappedByFirstWord[before[0]] = list;
            }

            list.Add((before, after, near));
        }

        /// <summary>The token after each cue of the text, with the cue's words and whether it says "near".</summary>
        public Dictionary<int, (string Text, bool Near)> Ends(string text, IReadOnlyList<Token> tokens)
        {
            var ends = _phrases.Match(tokens).ToDictionary(m => m.FirstToken + m.TokenCount, m => (Text: m.Span.Of(text), Near: m.Values[0]));
            if (_gappedByFirstWord.Count == 0)
            {
                return ends;
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (!_gappedByFirstWord.TryGetValue(tokens[i].Folded, out var gapped))
                {
                    continue;
                }

                foreach (var (before, after, near) in gapped)
                {
                    var word = i + before.Length;
                    var end = word + 1 + after.Length;
                    if (end <= tokens.Count && char.IsLower(tokens[word].Surface[0]) && Matches(tokens, i, before) && Matches(tokens, word + 1, after))
                    {
                        // The longest reading wins where another cue ends at the same word.
                        var cue = text[tokens[i].Span.Start..tokens[end - 1].Span.End];
                        if (!ends.TryGetValue(end, out var other) || other.Text.Length < cue.Length)
                        {
                            ends[end] = (cue, near);
                        }
                    }
                }
            }

            return ends;
        }

        private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] words)
        {
            for (var k = 0; k < words.Length; k++)
            {
                if (!string.Equals(tokens[start + k].Folded, words[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
