using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// Reads one sentence: finds its triggers, drops those in future, hypothetical, denied, historical or habitual
/// statements, and collects the date, place, actors (with their roles) and fatality claims it states.
/// </summary>
public sealed class SentenceReader(EventLexicon lexicon, Taxonomy taxonomy)
{
    /// <summary>The word lists this reader reads with.</summary>
    public EventLexicon Lexicon => lexicon;

    /// <summary>A future or hypothetical cue only governs triggers this many tokens after it.</summary>
    public const int ModalReach = 8;

    /// <summary>A number counts as a death figure when a death word is at most this many tokens away.</summary>
    public const int DeathCueReach = 6;

    /// <summary>"by hundreds of jihadists": the words allowed between "by" and the actor it marks.</summary>
    public const int AgentMarkerReach = 4;

    /// <summary>A date this many characters or fewer after "statement" (no comma between) is the day of the statement.</summary>
    public const int StatementNounReach = 40;

    /// <summary>A date this many characters or fewer after "said" is the day of the statement.</summary>
    public const int StatementDateReach = 20;

    /// <summary>
    /// Splits a sentence that tells two events: "Aircraft struck the fighters on Wednesday, a day after militants
    /// killed eight villagers" gives the main clause and the earlier one, with the earlier one's offset in days.
    /// </summary>
    public IEnumerable<(ScannedSentence Clause, int? DayOffset)> Clauses(Document document, ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        ArgumentNullException.ThrowIfNull(scanned);
        var tokens = scanned.Tokens;
        var marker = lexicon.EarlierClauses.Match(tokens)
            .FirstOrDefault(m => m.FirstToken > 0 && text.AsSpan(tokens[m.FirstToken - 1].Span.End, m.Span.Start - tokens[m.FirstToken - 1].Span.End).Contains(','));
        if (marker is null)
        {
            yield return (scanned, null);
            yield break;
        }

        var sentence = scanned.Sentence;
        yield return (Scan(document, sentence with { Span = new TextSpan(sentence.Span.Start, tokens[marker.FirstToken - 1].Span.End) }), null);
        yield return (Scan(document, sentence with { Span = new TextSpan(marker.Span.Start, sentence.Span.End) }), marker.Values[0]);
    }

    /// <summary>Takes a sentence's tokens from the document and finds its modality cues, once for all the readings of it.</summary>
    public ScannedSentence Scan(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = document.TokensIn(sentence.Span);
        return new ScannedSentence(sentence, tokens, lexicon.Modality.Match(tokens));
    }

    /// <summary>
    /// The death figures of a sentence that names no act ("A doctor said staff had counted 17 bodies"): they belong
    /// to the event the paragraph is telling. Empty for sentences in the past, future or denied.
    /// </summary>
    public IReadOnlyList<FatalityClaim> ReadToll(Document document, ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scanned);
        var text = document.Text;
        var (sentence, tokens, cues) = scanned;
        var inSentence = SentenceMentions.Of(document, sentence.Span);
        if (scanned.HasAnyCue(ModalKind.Denial, ModalKind.Legal, ModalKind.History, ModalKind.Habitual, ModalKind.Retrospective, ModalKind.Future, ModalKind.Hypothetical, ModalKind.Separate) ||
            inSentence.Dates.Count > 0)
        {
            return [];
        }

        var claims = new List<FatalityClaim>();
        ReadClaims(text, tokens, inSentence, claims, cues);
        return claims;
    }

    public EventCandidate? Read(Document document, ScannedSentence scanned, int? referenceYear, bool isHeadline = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scanned);
        var text = document.Text;
        var (sentence, tokens, cues) = scanned;
        var triggers = lexicon.Triggers.Match(tokens);
        if (triggers.Count == 0)
        {
            return null;
        }

        var inSentence = SentenceMentions.Of(document, sentence.Span);
        var dates = inSentence.Dates.Select(m => (m.Span, m.Value)).ToList();
        var hasDay = dates.Exists(d => d.Value.Precision <= 2 && !d.Value.IsDateline);
        if (IsHistorical(scanned, dates, hasDay, referenceYear) || (!hasDay && scanned.HasCue(ModalKind.Habitual)) ||
            scanned.HasAnyCue(ModalKind.Denial, ModalKind.Legal, ModalKind.Retrospective))
        {
            return null;
        }

        var calm = scanned.HasCue(ModalKind.Calm);
        var kept = triggers.Where(t => !(calm && t.Values.All(v => v.SubEventType is SubEventTypes.ProtestWithIntervention or SubEventTypes.ViolentDemonstration))).Where(t => !cues.Exists(c =>
            GovernsModally(text, c, t.FirstToken, t.Span.Start))).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        // ACLED's hierarchy: when tactics co-occur, the higher-ranked sub-event type wins; strong triggers beat generic ones.
        var best = kept.SelectMany(t => t.Values.Select(v => (Match: t, Trigger: v)))
            .OrderByDescending(x => x.Trigger.Overrides)
            .ThenByDescending(x => x.Trigger.IsStrong)
            .ThenBy(x => taxonomy.BySubType(x.Trigger.SubEventType).Rank)
            .First();
        var candidate = new EventCandidate
        {
            Class = taxonomy.BySubType(best.Trigger.SubEventType),
            IsStrong = best.Trigger.IsStrong,
            Yields = best.Trigger.Yields,
            Paragraph = sentence.Paragraph,
        };
        candidate.TriggerSpans.AddRange(kept.Where(t => t.Values.Any(v => v.IsStrong == best.Trigger.IsStrong)).Select(t => t.Span));
        candidate.Sentences.Add(sentence.Span);
        candidate.IsSeparate = scanned.HasCue(ModalKind.Separate);
        candidate.RiotSigns = triggers.Exists(t => t.Values.Any(v => v.SubEventType == SubEventTypes.ViolentDemonstration));
        candidate.IsSummary = (isHeadline && sentence.Paragraph == 0) || IsQuoted(text, sentence.Span, best.Match.Span);
        var trigger = best.Match;

        // "..., the army said in a statement on Monday": the day of the statement, not of the event.
        var statementDates = lexicon.Attribution.Match(tokens)
            .Select(a => dates.Where(d => d.Span.Start >= a.Span.End && d.Span.Start - a.Span.End <= StatementDateReach)
                              .Select(d => (TextSpan?)d.Span).FirstOrDefault())
            .OfType<TextSpan>().ToList();
        // "In a statement read on state television on Monday evening, ...": the day the statement was read.
        statementDates.AddRange(lexicon.StatementNouns.Match(tokens)
            .SelectMany(a => dates.Where(d => d.Span.Start >= a.Span.End && d.Span.Start - a.Span.End <= StatementNounReach && !HasClauseBreak(text, a.Span.End, d.Span.Start) &&
                                              text.AsSpan(a.Span.End, d.Span.Start - a.Span.End).IndexOf(',') < 0)
                                  .Select(d => d.Span)));
        var day = dates.Where(d => d.Value.Precision <= 3 && d.Value.Date is not null && !statementDates.Contains(d.Span))
            .OrderBy(d => d.Value.IsDateline)
            .ThenBy(d => lexicon.LooseDayWords.Contains(TextNormalizer.Fold(d.Span.Of(text))))
            .ThenBy(d => Math.Abs(d.Span.Start - trigger.Span.Start))
            .FirstOrDefault();
        if (day.Value is not null)
        {
            candidate.Date = day;
        }
        else if (dates.FirstOrDefault(d => d.Value.Precision <= 3 && d.Value.Date is not null && statementDates.Contains(d.Span)) is { Value: not null } said)
        {
            candidate.StatementDate = said;
        }
        else if (lexicon.DayReferences.Match(tokens).FirstOrDefault() is { } reference)
        {
            // "the day before", "the same day", "the next day": from the last day named before.
            candidate.DayOffset = reference.Values[0];
        }

        // "Medical sources in El Obeid said ...": where the speaker is, not where the event was.
        var places = inSentence.Places.Where(m => !IsSpeakerPlace(text, m.Span)).Select(m => (m.Span, m.Value)).ToList();
        var place = places
            .OrderByDescending(p => p.Value.Resolved is not null)
            .ThenBy(p => IsDatelinePlace(text, p.Span))
            .ThenByDescending(p => p.Value.Resolved?.IsPopulated ?? false)
            .ThenByDescending(p => p.Value.Cue is not null)
            .ThenBy(p => Math.Abs(p.Span.Start - trigger.Span.Start))
            .FirstOrDefault();
        if (place.Value is not null)
        {
            candidate.Place = place;
        }

        AssignRoles(text, tokens, trigger, inSentence, candidate, isHeadline && sentence.Paragraph == 0);
        ReadClaims(text, tokens, inSentence, candidate.Claims, cues);
        return candidate;
    }

    private static bool IsHistorical(ScannedSentence scanned, List<(TextSpan Span, DateMention Value)> dates, bool hasDay, int? referenceYear)
    {
        if (hasDay)
        {
            return false;
        }

        var pastYears = dates.Where(d => d.Value.Precision >= 3 && d.Value.Date is { } y && (referenceYear is null || y.Year < referenceYear)).ToList();
        if (pastYears.Count > 0)
        {
            return true;
        }

        return scanned.HasCue(ModalKind.History) && dates.Count > 0 && !hasDay;
    }

    /// <summary>Whether the trigger sits inside quotation marks opened earlier in its sentence.</summary>
    private static bool IsQuoted(string text, TextSpan sentence, TextSpan trigger)
    {
        var open = 0;
        for (var i = sentence.Start; i < trigger.Start; i++)
        {
            switch (text[i])
            {
                case '“' or '«':
                    open++;
                    break;
                case '”' or '»':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    open = open > 0 ? open - 1 : 1;
                    break;
            }
        }

        return open > 0;
    }

    /// <summary>A future or hypothetical cue that governs the words after it (not the whole sentence).</summary>
    private static bool IsModalBefore(ModalCue cue) => !cue.Anywhere && cue.Kind is ModalKind.Future or ModalKind.Hypothetical;

    /// <summary>Whether a future or hypothetical cue governs the word at <paramref name="token"/> (starting at
    /// <paramref name="start"/>): it comes before it, within <see cref="ModalReach"/> tokens, in the same clause.</summary>
    private static bool GovernsModally(string text, PhraseMatch<ModalCue> cue, int token, int start) =>
        cue.Values.Any(IsModalBefore) && cue.FirstToken < token && token - (cue.FirstToken + cue.TokenCount) <= ModalReach &&
        !HasClauseBreak(text, cue.Span.End, start);

    private bool IsPassive(List<Token> tokens, int index) => index > 0 && lexicon.PassiveAuxiliaries.Contains(tokens[index - 1].Folded);

    /// <summary>"NIAMEY, 22 mars (...) -": the place in capitals opening a paragraph is where the report was filed.</summary>
    private static bool IsDatelinePlace(string text, TextSpan span)
    {
        if (span.Start > 0 && text[span.Start - 1] != '\n')
        {
            return false;
        }

        var surface = span.Of(text);
        return surface.Count(char.IsLetter) >= 3 && surface.Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>"Medical sources in El Obeid": a place after a speaker noun and its link word is where the speaker is.</summary>
    private bool IsSpeakerPlace(string text, TextSpan place)
    {
        var window = text.AsSpan(Math.Max(0, place.Start - 24), place.Start - Math.Max(0, place.Start - 24)).TrimEnd();
        foreach (var link in lexicon.SpeakerPlaceLinks)
        {
            if (!window.EndsWith(link, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = window[..^link.Length].TrimEnd();
            foreach (var noun in lexicon.SpeakerNouns)
            {
                if (before.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && (before.Length == noun.Length || !char.IsLetter(before[^(noun.Length + 1)])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reach after a speech verb in which "its"/"their" still refers back to the speaker.</summary>
    private const int OwnReach = 45;

    /// <summary>Whether the reported speech goes on about the speaker's own men ("said its fighters had ...").</summary>
    private bool SpeaksOfItsOwn(string text, int from)
    {
        var length = Math.Min(OwnReach, text.Length - from);
        var after = text.AsSpan(from, length);
        var stop = after.IndexOfAny(".,;:\n");
        var window = (stop < 0 ? after : after[..stop]).ToString();
        return lexicon.OwnWords.Any(w => window.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The most characters between two figures joined by "and"/"et" ("six soldiers and thirty attackers").</summary>
    private const int CoordinationReach = 40;

    /// <summary>Whether two figures are joined by a coordinator ("and", "et") with only a few words (no clause break) between them.</summary>
    private bool IsCoordinated(string text, TextSpan first, TextSpan second)
    {
        if (second.Start <= first.End || second.Start - first.End > CoordinationReach)
        {
            return false;
        }

        var between = text.AsSpan(first.End, second.Start - first.End);
        if (between.IndexOfAny(".;:,(") >= 0)
        {
            return false;
        }

        foreach (var coordinator in lexicon.SpacedCoordinators)
        {
            if (between.Contains(coordinator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasClauseBreak(string text, int from, int to) =>
        from < to && text.AsSpan(from, to - from).IndexOfAny(";:") >= 0;

    private void AssignRoles(string text, List<Token> tokens, PhraseMatch<Trigger> trigger, SentenceMentions inSentence, EventCandidate candidate, bool headline)
    {
        var agentMarks = lexicon.AgentMarkers.Match(tokens);
        var patientMarks = lexicon.PatientMarkers.Match(tokens);
        var attributions = lexicon.Attribution.Match(tokens);
        foreach (var actor in inSentence.Actors)
        {
            var mention = actor.Value;
            var index = tokens.FindIndex(t => t.Span.Start >= actor.Span.Start);
            if (index < 0)
            {
                continue;
            }

            // "..., the army said" / "according to the police": the speaker, not a party to the event.
            var last = tokens.FindLastIndex(t => t.Span.End <= actor.Span.End);
            var speaks = attributions.Find(a => a.FirstToken > last && a.FirstToken - last <= 1 &&
                                                text.AsSpan(actor.Span.End, a.Span.Start - actor.Span.End).IndexOfAny(",;:") < 0);
            if (speaks is not null && SpeaksOfItsOwn(text, speaks.Span.End))
            {
                // "the army said its air defence units shot down drones": the speaker acts through its own men.
                candidate.Agents.Add((actor.Span, mention, false));
                continue;
            }

            if (attributions.Exists(a => (a.FirstToken > last && a.FirstToken - last <= 1 &&
                                          text.AsSpan(actor.Span.End, a.Span.Start - actor.Span.End).IndexOfAny(",;:") < 0) ||
                                         (index >= a.FirstToken + a.TokenCount && index - (a.FirstToken + a.TokenCount) <= 2 &&
                                          text.AsSpan(0, a.Span.Start).TrimEnd().EndsWith(",") &&
                                          !lexicon.AttributionPrefixes.Contains(TextNormalizer.Fold(a.Span.Of(text)))) ||
                                         (a.FirstToken + a.TokenCount <= index && index - (a.FirstToken + a.TokenCount) <= 1 &&
                                          lexicon.AttributionPrefixes.Contains(TextNormalizer.Fold(a.Span.Of(text))))))
            {
                continue;
            }

            // "four soldiers killed", "soldiers were killed", "dix soldats tués": the actor is the victim (headlines
            // drop the "were": "Soldiers killed in Kidal").
            var counted = index > 0 && inSentence.Numbers.Exists(m => m.Span.End <= actor.Span.Start && actor.Span.Start - m.Span.End <= 2);
            var suffered = lexicon.DeathAfterNumber.Match(tokens).Concat(lexicon.InjuryWords.Match(tokens))
                .Any(m => m.FirstToken > last && m.FirstToken - last <= 3 &&
                          (counted || headline || m.TokenCount > 1 || IsPassive(tokens, m.FirstToken) || m.Values.Count > 0 && !lexicon.ActiveDeathVerbs.Contains(tokens[m.FirstToken].Folded)));
            var agentMarked = agentMarks.Exists(m => m.FirstToken + m.TokenCount <= index && index - (m.FirstToken + m.TokenCount) <= AgentMarkerReach &&
                                                     !(m.FirstToken > 0 && lexicon.NotAgentiveBy.Contains(tokens[m.FirstToken - 1].Folded)));
            var patientMarked = patientMarks.Exists(m => m.FirstToken + m.TokenCount <= index && index - (m.FirstToken + m.TokenCount) <= 3 && m.Span.Start >= trigger.Span.Start);
            var possessive = actor.Span.End + 2 <= text.Length && text.AsSpan(actor.Span.End, 2).ToString() is "'s" or "’s" &&
                             trigger.Span.Start > actor.Span.End && trigger.Span.Start - actor.Span.End < 40;
            var isVictimNoun = mention.Aliases.All(c => c.Actor.Type is ActorType.Civilians);
            bool agent;
            if (agentMarked || possessive)
            {
                agent = true;
            }
            else if (patientMarked || isVictimNoun || suffered)
            {
                agent = false;
            }
            else
            {
                agent = actor.Span.Start < trigger.Span.Start;
            }

            if (agent && agentMarked)
            {
                // "an attack by JNIM": the one named with "by" is the attacker, ahead of the subject that repelled it.
                candidate.Agents.Insert(candidate.Agents.Count(a => a.Marked), (actor.Span, mention, true));
            }
            else
            {
                (agent ? candidate.Agents : candidate.Patients).Add((actor.Span, mention, false));
            }
        }
    }

    private void ReadClaims(string text, List<Token> tokens, SentenceMentions inSentence, List<FatalityClaim> claims, List<PhraseMatch<ModalCue>> cues)
    {
        var after = lexicon.DeathAfterNumber.Match(tokens);
        var before = lexicon.DeathBeforeNumber.Match(tokens);
        var injuries = lexicon.InjuryWords.Match(tokens);
        var victims = lexicon.VictimGroups.Match(tokens);
        var claimant = Claimant(text, tokens, inSentence);
        var partisan = cues.Exists(c => c.Values.Any(v => v.Kind == ModalKind.Partisan)) && !cues.Exists(c => c.Values.Any(v => v.Kind == ModalKind.Unclaimed));
        if (inSentence.Numbers.Count == 0)
        {
            ReadSingleDeaths(text, tokens, after, before, claims, claimant);
        }

        var numbers = inSentence.Numbers;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            var value = number.Value;
            var first = tokens.FindIndex(t => t.Span.Start >= number.Span.Start);
            var last = tokens.FindLastIndex(t => t.Span.End <= number.Span.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            if (cues.Exists(c => GovernsModally(text, c, first, number.Span.Start)))
            {
                // "was going to kill many", "could have killed dozens": deaths that did not happen.
                continue;
            }

            if (first > 0 && lexicon.FigureNegators.Contains(tokens[first - 1].Folded))
            {
                // "No one was killed", "no one was reported killed": a denial, not a death.
                continue;
            }

            if (last + 1 < tokens.Count && lexicon.CountedThings.Contains(tokens[last + 1].Folded))
            {
                // "eleven explosive devices neutralised", "30 km", "two hours": a count of things, not of the dead.
                continue;
            }

            var deathAfter = after.FirstOrDefault(c => c.FirstToken > last && c.FirstToken - last <= DeathCueReach);
            // "killing eight", but not "were killed and five were wounded": the figure after "and" opens another clause.
            var deathBefore = before.LastOrDefault(c => c.FirstToken + c.TokenCount <= first && first - (c.FirstToken + c.TokenCount) <= 1 &&
                                                        (first == c.FirstToken + c.TokenCount || !lexicon.Coordinators.Contains(tokens[first - 1].Folded)));
            if (deathAfter is null && deathBefore is null && n + 1 < numbers.Count && IsCoordinated(text, number.Span, numbers[n + 1].Span))
            {
                // "six soldiers and thirty attackers were killed": the death word after the last figure counts for all.
                var nextLast = tokens.FindLastIndex(t => t.Span.End <= numbers[n + 1].Span.End);
                deathAfter = after.FirstOrDefault(c => c.FirstToken > nextLast && c.FirstToken - nextLast <= DeathCueReach);
            }

            if (deathAfter is null && AsideEnd(text, tokens, last) is { } resume)
            {
                // "six personnes, dont la kamikaze, ont été tuées", "four people, including two civilians, were
                // killed": the death word comes after the aside.
                deathAfter = after.FirstOrDefault(c => c.FirstToken >= resume && c.FirstToken - resume <= 2);
            }

            var injuryFirst = injuries.FirstOrDefault(c => c.FirstToken > last && c.FirstToken - last <= DeathCueReach);
            if (deathAfter is null && deathBefore is null)
            {
                continue;
            }

            if (injuryFirst is not null && (deathAfter is null || injuryFirst.FirstToken < deathAfter.FirstToken) && deathBefore is null)
            {
                continue;
            }

            var span = deathAfter is not null ? number.Span.Union(deathAfter.Span) : deathBefore!.Span.Union(number.Span);
            var low = value.Value;
            var group = victims.FirstOrDefault(v => v.FirstToken > last && v.FirstToken - last <= 3)?.Values[0];
            claims.Add(new FatalityClaim(low, value.IsVague, claimant, span, group, partisan));
            if (value.High is { } high)
            {
                claims.Add(new FatalityClaim(high, value.IsVague, claimant, span, group, partisan));
            }
        }
    }

    /// <summary>
    /// The first token after an aside that follows a counted noun ("six people, including two soldiers, were
    /// killed"), or null when none follows within two tokens of the number.
    /// </summary>
    private int? AsideEnd(string text, List<Token> tokens, int last)
    {
        for (var i = last + 1; i < tokens.Count - 1 && i <= last + 2; i++)
        {
            var gap = text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End);
            if (!gap.Contains(',') || !lexicon.AsideOpeners.Contains(tokens[i].Folded))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Count && j <= i + MaxAsideTokens; j++)
            {
                if (text.AsSpan(tokens[j - 1].Span.End, tokens[j].Span.Start - tokens[j - 1].Span.End).Contains(','))
                {
                    return j;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The longest aside skipped between a counted noun and its death word.</summary>
    private const int MaxAsideTokens = 10;

    /// <summary>"killed a man", "a soldier was killed", "tué un homme", "un muerto": one death, told without a number.</summary>
    private void ReadSingleDeaths(string text, List<Token> tokens, List<PhraseMatch<bool>> after, List<PhraseMatch<bool>> before,
                                         List<FatalityClaim> claims, string? claimant)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (lexicon.SingleArticles.Contains(tokens[i].Folded) && lexicon.SingleDeathNouns.Contains(tokens[i + 1].Folded) &&
                !(i > 0 && lexicon.PersonNegators.Contains(tokens[i - 1].Folded)))
            {
                // "un muerto y cinco heridos": the noun is the death.
                claims.Add(new FatalityClaim(1, false, claimant, tokens[i].Span.Union(tokens[i + 1].Span), null));
                return;
            }

            if (!lexicon.SingleArticles.Contains(tokens[i].Folded) || !lexicon.SinglePersons.Contains(tokens[i + 1].Folded) ||
                (i > 0 && lexicon.PersonNegators.Contains(tokens[i - 1].Folded)))
            {
                // "No one was killed": a denial, not a death.
                continue;
            }

            var cueBefore = before.FirstOrDefault(c => c.FirstToken + c.TokenCount == i);
            var cueAfter = after.FirstOrDefault(c => c.FirstToken > i + 1 && c.FirstToken - (i + 1) <= 2);
            if (cueBefore is null && cueAfter is null)
            {
                continue;
            }

            var span = cueBefore is not null ? cueBefore.Span.Union(tokens[i + 1].Span) : tokens[i].Span.Union(cueAfter!.Span);
            claims.Add(new FatalityClaim(1, false, claimant, span, null));
            return;
        }
    }


    private string? Claimant(string text, List<Token> tokens, SentenceMentions inSentence)
    {
        var marks = lexicon.Attribution.Match(tokens);
        if (marks.Count == 0)
        {
            return null;
        }

        var mark = marks[0];
        var isPrefix = mark.Values.Count > 0 && lexicon.AttributionPrefixes.Contains(TextNormalizer.Fold(mark.Span.Of(text)));
        if (isPrefix)
        {
            var endToken = Math.Min(tokens.Count, mark.FirstToken + mark.TokenCount + 5);
            var start = mark.FirstToken + mark.TokenCount;
            if (start >= tokens.Count)
            {
                return null;
            }

            var end = start;
            while (end + 1 < endToken && !text.AsSpan(tokens[end].Span.End, tokens[end + 1].Span.Start - tokens[end].Span.End).ContainsAny(",.;"))
            {
                end++;
            }

            return text[tokens[start].Span.Start..tokens[end].Span.End];
        }

        var actor = inSentence.Actors.Where(m => m.Span.End <= mark.Span.Start).OrderByDescending(m => m.Span.End).FirstOrDefault();
        if (actor is not null && mark.Span.Start - actor.Span.End < 30)
        {
            return actor.Span.Of(text);
        }

        // "..., residents said": the words just before the verb, back to a comma.
        var k = mark.FirstToken - 1;
        var stop = Math.Max(0, mark.FirstToken - 4);
        var from = k;
        while (from > stop && !text.AsSpan(tokens[from - 1].Span.End, tokens[from].Span.Start - tokens[from - 1].Span.End).ContainsAny(",.;\"”"))
        {
            from--;
        }

        return k >= 0 && from <= k ? text[tokens[from].Span.Start..tokens[k].Span.End] : null;
    }
}
