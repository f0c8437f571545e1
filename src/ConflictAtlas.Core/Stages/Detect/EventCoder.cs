using System.Collections.Immutable;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// Codes one group of candidates as an ACLED event: type by the hierarchy, the day (its own, else the nearest
/// earlier date of the paragraph, else the publication date at week precision), the place, the actors with their
/// regime-dated names, and the fatality claims. An event with no place or no date is not coded.
/// </summary>
public sealed class EventCoder(ActorCatalog actors, Taxonomy taxonomy)
{
    public const string Producer = "detect";

    private const double BaseConfidence = 0.35;
    private const double FieldConfidence = 0.1;
    private const double MaxConfidence = 0.95;
    private const double GenericConfidence = 0.6;

    /// <summary>Codes one group of candidates; <paramref name="unclaimed"/> says the report states nobody claimed the
    /// event, so an attacker it does not name stays unidentified instead of borrowing a group named elsewhere.</summary>
    public ConflictEvent? Code(Document document, List<EventCandidate> group, CountryContext context, bool unclaimed = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var lead = group.FirstOrDefault(c => c.IsAnchored) ?? group[0];
        var confidence = BaseConfidence;

        var date = CodeDate(document, group, lead, ref confidence);
        if (date is null)
        {
            return null;
        }

        var place = CodePlace(document, group, lead, ref confidence);
        if (place is null)
        {
            return null;
        }

        var country = CountryCatalog.Default.ByName(place.Value.Country) ?? context.Main;
        var day = date.Value.Date;
        // The sentence that tells the event decides the roles; sentences that refer back to it only fill gaps.
        var ordered = group.OrderBy(c => ReferenceEquals(c, lead) ? 0 : 1).ToList();
        var agents = ResolveAll(ordered.SelectMany(c => c.Agents).Select(a => (a.Span, a.Value)), day, country);
        var patients = ResolveAll(ordered.SelectMany(c => c.Patients).Select(a => (a.Span, a.Value)), day, country);
        // A generic description ("militants", "gunmen") stands for the named armed group of the event, or of the
        // report, when there is one: it takes that name and keeps its role.
        var namedGroup = agents.Concat(patients).FirstOrDefault(a => a.Confidence > GenericConfidence && IsNonStateArmed(a.Value))
                         ?? (IsViolent(group) && !unclaimed ? NamedArmedActors(document, day, country).FirstOrDefault() : null);
        if (namedGroup is not null)
        {
            agents = Rename(agents, namedGroup);
            patients = Rename(patients, namedGroup);
        }

        var leadAgent = agents.FirstOrDefault(a => lead.Agents.Exists(l => a.Spans.Contains(l.Span)));
        var actor1 = leadAgent ?? Pick(agents, exclude: null);
        var targets = patients.Where(p => !(actor1?.Value.Type == ActorType.StateForces && p.Value.Type == ActorType.StateForces) && p.Value.Name != actor1?.Value.Name).ToList();
        // As with the attacker, the sentence that tells the event names its target first ("militants killed eight
        // villagers": not the army named in a later sentence).
        var actor2 = Pick([.. targets.Where(p => lead.Patients.Exists(l => p.Spans.Contains(l.Span)))], exclude: null) ?? Pick(targets, exclude: null);
        if ((actor1 is null || (leadAgent is null && actor1.Value.Type != ActorType.StateForces)) && group.Any(c => c.Class.SubEventType == SubEventTypes.AirDroneStrike) && country is not null &&
            StateForcesIn(document, day, country) is { } airForce)
        {
            // Air strikes are mostly flown by the state: when the sentence telling the strike names no one, its
            // forces named anywhere in the report (even as the one announcing the strike) are the likeliest actor.
            actor2 = actor1 ?? actor2;
            actor1 = airForce;
        }

        if (actor1 is null && actor2 is not null && IsViolent(group) && !unclaimed)
        {
            // Victims named with no attacker: a named armed group of the report (the one that claimed the attack,
            // or was blamed for it) is the attacker.
            actor1 = NamedArmedActors(document, day, country).FirstOrDefault(a => a.Value.Name != actor2.Value.Name);
        }

        if (actor1 is null && actor2 is not null && actor2.Value.Type != ActorType.Civilians && !unclaimed && group.Any(c => c.Class.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.Battles))
        {
            // With no agent named, the one armed actor of a two-sided event stays actor1 in ACLED's data.
            (actor1, actor2) = (actor2, Pick(patients, exclude: actor2.Value.Name));
        }

        if (IsViolent(group))
        {
            // A generic or missing attacker is often named elsewhere in the report ("residents blamed JNIM").
            var named = NamedArmedActors(document, day, country);
            if ((actor1 is null || IsGenericArmed(actor1)) && !unclaimed)
            {
                actor1 = named.FirstOrDefault(a => a.Value.Name != actor2?.Value.Name && !(actor2?.Value.Type == ActorType.StateForces && a.Value.Type == ActorType.StateForces)) ?? actor1;
            }

            var battle = group.Any(c => c.Class.EventType == EventTypes.Battles) || (actor1?.Value.Type == ActorType.StateForces && group.Any(c => c.Class.EventType == EventTypes.ExplosionsRemoteViolence));
            if (battle && (actor2 is null || IsGenericArmed(actor2) || actor2.Value.Type == ActorType.Civilians))
            {
                var armedPatient = patients.FirstOrDefault(p => IsArmed(p.Value) && p.Value.Name != actor1?.Value.Name && !IsGenericArmed(p));
                actor2 = armedPatient ?? named.FirstOrDefault(a => a.Value.Name != actor1?.Value.Name && a.Value.Type != actor1?.Value.Type) ?? actor2;
            }
        }

        var eventClass = CodeClass(group, actor1?.Value, actor2?.Value);
        if (eventClass.EventType == EventTypes.Protests && group.Any(c => c.RiotSigns))
        {
            // Demonstrators who turn violent make a riot, whatever the police did.
            eventClass = taxonomy.BySubType(SubEventTypes.ViolentDemonstration);
        }
        else if (eventClass.EventType == EventTypes.Protests && group.Any(c => c.Claims.Exists(k => k.Number > 0)))
        {
            // ACLED: peaceful protesters met with lethal force is "Excessive force against protesters".
            eventClass = taxonomy.BySubType(SubEventTypes.ExcessiveForceAgainstProtesters);
        }

        if (eventClass.EventType == EventTypes.StrategicDevelopments && eventClass.SubEventType is not (SubEventTypes.Agreement or SubEventTypes.DisruptedWeaponsUse) && group.Any(c => c.Claims.Exists(k => k.Number > 0)))
        {
            // Strategic developments are non-lethal by definition: killings make it an attack or a battle.
            eventClass = actor2 is null || actor2.Value.Type == ActorType.Civilians || !IsArmed(actor1?.Value)
                ? taxonomy.BySubType(SubEventTypes.Attack)
                : taxonomy.BySubType(SubEventTypes.ArmedClash);
        }

        if (actor1 is null && eventClass.SubEventType is SubEventTypes.HeadquartersOrBaseEstablished or SubEventTypes.NonViolentTransferOfTerritory or SubEventTypes.LootingPropertyDestruction && !unclaimed)
        {
            // "The rebels set up a base": the armed group the report names is the one acting.
            actor1 = NamedArmedActors(document, day, country).FirstOrDefault(a => a.Value.Name != actor2?.Value.Name);
        }

        if (eventClass.SubEventType == SubEventTypes.NonViolentTransferOfTerritory && lead.Yields && actor2 is not null)
        {
            // "Soldiers pulled out of Tin-Akoff and JNIM occupied the base": ACLED's actor1 is the one taking the place.
            (actor1, actor2) = (actor2, actor1);
        }

        if (eventClass.SubEventType is SubEventTypes.GovernmentRegainsTerritory or SubEventTypes.NonStateActorOvertakesTerritory && actor1 is not null)
        {
            // Who took the place decides: the state regains it, anyone else overtakes it.
            eventClass = taxonomy.BySubType(actor1.Value.Type == ActorType.StateForces ? SubEventTypes.GovernmentRegainsTerritory : SubEventTypes.NonStateActorOvertakesTerritory);
        }
        var triggerSpans = group.SelectMany(c => c.TriggerSpans).Distinct().OrderBy(s => s.Start).ToImmutableArray();
        var claims = group.SelectMany(c => c.Claims).Distinct().ToList();
        (actor1, actor2) = GenericProtestActors(eventClass, actor1, actor2, triggerSpans, country, day);
        if (eventClass.EventType == EventTypes.Protests || eventClass.EventType == EventTypes.Riots && eventClass.SubEventType == SubEventTypes.ViolentDemonstration)
        {
            // Demonstrations face the state: police or soldiers named in the report are the other side.
            var state = agents.Concat(patients).FirstOrDefault(a => a.Value.Type == ActorType.StateForces);
            if (state is not null && (actor2 is null || actor2.Value.Type == ActorType.Civilians) && eventClass.SubEventType != SubEventTypes.PeacefulProtest)
            {
                actor2 = state;
            }
        }
        else if (eventClass.SubEventType is SubEventTypes.LootingPropertyDestruction or SubEventTypes.Arrests or SubEventTypes.MobViolence && country is not null &&
                 (actor2 is null || (eventClass.SubEventType == SubEventTypes.MobViolence && actor2.Value.Type != ActorType.Civilians &&
                                     !claims.Exists(c => c.VictimGroup is "state" or "armed"))))
        {
            // Homes looted, people arrested, a suspect lynched: the people it was done to are civilians of the country.
            actor2 = CivilianVictims(patients, triggerSpans, day, country) ?? actor2;
        }
        else if (eventClass.EventType == EventTypes.ViolenceAgainstCivilians && actor2?.Value.Type != ActorType.Civilians && country is not null)
        {
            // The victims of violence against civilians are always actor2, as civilians of the country.
            actor2 = CivilianVictims(patients, claims.Count > 0 ? [.. claims.Select(c => c.Span).Distinct()] : triggerSpans, day, country) ?? actor2;
        }

        if (actor1 is null && country is not null && eventClass.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.ViolenceAgainstCivilians &&
            eventClass.SubEventType != SubEventTypes.AirDroneStrike)
        {
            // Someone planted the bomb or fired the shots: an attacker the report does not name is ACLED's
            // "Unidentified Armed Group" of the country; the trigger is its evidence.
            actor1 = GenericActor("Unidentified Armed Group ({Country})", ActorType.PoliticalMilitia, triggerSpans, day, country, 0.4);
        }

        if (eventClass.SubEventType == SubEventTypes.ExcessiveForceAgainstProtesters && actor1?.Value.Type == ActorType.Protesters &&
            actor2?.Value.Type == ActorType.StateForces)
        {
            // Lethal force against a crowd is the force's act: like violence against civilians, the crowd is actor2.
            (actor1, actor2) = (actor2, actor1);
        }

        confidence += FieldConfidence * ((actor1 is null ? 0 : 1) + (actor2 is null ? 0 : 1));

        Evidence<FatalityEstimate>? fatalities = null;
        if (claims.Count > 0)
        {
            fatalities = new Evidence<FatalityEstimate>(FatalityEstimate.FromClaims(claims), [.. claims.Select(c => c.Span).Distinct().OrderBy(s => s.Start)], Producer);
            confidence += FieldConfidence;
        }

        if (group.Any(c => c.IsStrong))
        {
            confidence += FieldConfidence;
        }

        var civilians = eventClass.EventType == EventTypes.ViolenceAgainstCivilians ||
                        (actor2?.Value.Type == ActorType.Civilians && eventClass.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.Riots ||
                         eventClass.SubEventType == SubEventTypes.ExcessiveForceAgainstProtesters);
        var sentences = group.SelectMany(c => c.Sentences).Distinct().OrderBy(s => s.Start).ToImmutableArray();
        return new ConflictEvent
        {
            Class = new Evidence<EventClass>(eventClass, triggerSpans, Producer),
            Trigger = new Evidence<string>(triggerSpans[0].Of(document.Text), triggerSpans, Producer),
            Actor1 = actor1,
            Actor2 = actor2,
            CivilianTargeting = civilians,
            Date = date,
            Place = place,
            Fatalities = fatalities,
            Sentences = sentences,
            Notes = lead.Sentences[0].Of(document.Text),
            Confidence = Math.Round(Math.Min(MaxConfidence, confidence), 2),
        };
    }

    private EventClass CodeClass(List<EventCandidate> group, Actor? actor1, Actor? actor2)
    {
        var strong = group.Where(c => c.IsStrong).Select(c => c.Class).OrderBy(c => c.Rank).FirstOrDefault();
        if (strong is not null)
        {
            // An "Attack" on armed actors is a battle in ACLED's terms.
            if (strong.SubEventType == SubEventTypes.Attack && IsArmed(actor1) && IsArmed(actor2))
            {
                return taxonomy.BySubType(SubEventTypes.ArmedClash);
            }

            return strong;
        }

        if (actor1?.Type == ActorType.Protesters || actor2?.Type == ActorType.Protesters)
        {
            // Violence against a crowd of demonstrators is coded under Protests, not as an attack on civilians.
            return taxonomy.BySubType(SubEventTypes.ProtestWithIntervention);
        }

        return IsArmed(actor2) ? taxonomy.BySubType(SubEventTypes.ArmedClash) : taxonomy.BySubType(SubEventTypes.Attack);
    }

    private static bool IsNonStateArmed(Actor actor) =>
        actor.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia;

    /// <summary>Generic armed actors renamed to <paramref name="named"/>, duplicates joined.</summary>
    private static List<Evidence<Actor>> Rename(List<Evidence<Actor>> actors, Evidence<Actor> named)
    {
        var result = new List<Evidence<Actor>>();
        foreach (var actor in actors)
        {
            var renamed = IsGenericArmed(actor) ? named with { Spans = actor.Spans, Confidence = 0.7 } : actor;
            var existing = result.FindIndex(r => r.Value.Name == renamed.Value.Name);
            if (existing >= 0)
            {
                result[existing] = result[existing].WithSpans(renamed.Spans);
            }
            else
            {
                result.Add(renamed);
            }
        }

        return result;
    }

    private static bool IsViolent(List<EventCandidate> group) =>
        group.Any(c => c.Class.EventType is EventTypes.Battles or EventTypes.ExplosionsRemoteViolence or EventTypes.ViolenceAgainstCivilians);

    private Evidence<Actor>? StateForcesIn(Document document, DateOnly day, Country country)
    {
        var mentions = document.Mentions.Where(m => m.Value is ActorMention am && !am.IsGeneric).Select(m => (m.Span, (ActorMention)m.Value));
        return ResolveAll(mentions, day, country)
            .Where(a => a.Value.Type == ActorType.StateForces && a.Value.Country == country.Name && a.Value.Name.StartsWith("Military", StringComparison.Ordinal))
            .Select(a => a with { Confidence = 0.5 })
            .FirstOrDefault();
    }

    /// <summary>Named non-state armed actors of the whole report, most mentioned first.</summary>
    private List<Evidence<Actor>> NamedArmedActors(Document document, DateOnly day, Country? country)
    {
        var mentions = document.Mentions.Where(m => m.Value is ActorMention am && !am.IsGeneric).Select(m => (m.Span, (ActorMention)m.Value));
        return ResolveAll(mentions, day, country)
            .Where(a => a.Value.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia && a.Confidence > GenericConfidence)
            .OrderByDescending(a => a.Spans.Length)
            .ThenBy(a => a.Spans[0].Start)
            .Select(a => a with { Confidence = 0.5 })
            .ToList();
    }

    private static bool IsGenericArmed(Evidence<Actor> actor) =>
        actor.Confidence <= GenericConfidence && actor.Value.Type is ActorType.PoliticalMilitia or ActorType.RebelGroup;

    private static bool IsArmed(Actor? actor) =>
        actor is not null && actor.Type is not (ActorType.Civilians or ActorType.Protesters or ActorType.Rioters);

    private (Evidence<Actor>?, Evidence<Actor>?) GenericProtestActors(
        EventClass eventClass, Evidence<Actor>? actor1, Evidence<Actor>? actor2, ImmutableArray<TextSpan> triggers, Country? country, DateOnly day)
    {
        var crowd = eventClass.EventType switch
        {
            EventTypes.Protests => ActorType.Protesters,
            EventTypes.Riots => ActorType.Rioters,
            _ => (ActorType?)null,
        };
        if (crowd is null || country is null)
        {
            return (actor1, actor2);
        }

        if (actor1?.Value.Type == crowd)
        {
            return (actor1, actor2);
        }

        if (actor2?.Value.Type == crowd)
        {
            return (actor2, actor1);
        }

        // ACLED codes every demonstration with a generic crowd actor; the trigger word is its evidence.
        var evidence = GenericActor(crowd == ActorType.Protesters ? "Protesters ({Country})" : "Rioters ({Country})", crowd.Value, triggers, day, country, 0.6);
        return evidence is null ? (actor1, actor2) : (evidence, actor1 ?? actor2);
    }

    /// <summary>The civilians named among the patients, else the generic "Civilians (Country)" with <paramref name="spans"/> as evidence.</summary>
    private Evidence<Actor>? CivilianVictims(List<Evidence<Actor>> patients, ImmutableArray<TextSpan> spans, DateOnly day, Country country) =>
        patients.FirstOrDefault(p => p.Value.Type == ActorType.Civilians) ?? GenericActor("Civilians ({Country})", ActorType.Civilians, spans, day, country, 0.5);

    /// <summary>A generic actor of the event's country ("Civilians (Mali)"), or null when the catalogue cannot name it.</summary>
    private Evidence<Actor>? GenericActor(string template, ActorType type, ImmutableArray<TextSpan> spans, DateOnly day, Country country, double confidence) =>
        actors.Resolve(new ActorEntry(template, type, null, null, null, IsGeneric: true), day, country) is { } actor
            ? new Evidence<Actor>(actor, spans, Producer, confidence)
            : null;

    private static Evidence<EventDate>? CodeDate(Document document, List<EventCandidate> group, EventCandidate lead, ref double confidence)
    {
        var own = lead.Date is not null ? lead : group.FirstOrDefault(c => c.Date is not null);
        if (own?.Date is { } d && d.Value.Date is { } day)
        {
            confidence += 2 * FieldConfidence;
            return new Evidence<EventDate>(new EventDate(day, Math.Min(3, d.Value.Precision)), d.Span, Producer);
        }

        // The nearest earlier full date in the same paragraph ("On Monday, ... Later, gunmen ...").
        var start = lead.Sentences[0].Start;
        var paragraphStart = document.Text.LastIndexOf("\n\n", Math.Max(0, start - 1), StringComparison.Ordinal);
        var earlier = document.Mentions
            .Where(m => m.Value is DateMention { Date: not null, Precision: <= 3 } && m.Span.End <= start && m.Span.Start > paragraphStart)
            .OrderByDescending(m => m.Span.Start)
            .FirstOrDefault();
        if (earlier is null && lead.DayOffset is not null)
        {
            // "On the same day, ...", "the day before": relative to the last day the report named, paragraphs apart.
            earlier = document.Mentions
                .Where(m => m.Value is DateMention { Date: not null, Precision: 1, IsDateline: false } && m.Span.End <= start)
                .OrderByDescending(m => m.Span.Start)
                .FirstOrDefault();
        }

        if (earlier is not null)
        {
            var dm = (DateMention)earlier.Value;
            var offset = lead.DayOffset ?? 0;
            confidence += FieldConfidence;
            return new Evidence<EventDate>(new EventDate(dm.Date!.Value.AddDays(offset), dm.Precision), earlier.Span, Producer, 0.7);
        }

        // "The government said on Monday that the army had carried out air strikes": no later than the statement.
        if ((lead.StatementDate ?? group.Find(c => c.StatementDate is not null)?.StatementDate) is { Value.Date: { } said } statement)
        {
            confidence += FieldConfidence;
            return new Evidence<EventDate>(new EventDate(said, Math.Min(3, statement.Value.Precision)), statement.Span, Producer, 0.6);
        }

        // Only the publication date is known: the event is in the days before it, so widen to the week.
        if (document.Metadata.Published is { } published)
        {
            var pday = DateOnly.FromDateTime(published.Date);
            var week = pday.AddDays(-(((int)pday.DayOfWeek + 6) % 7)).AddDays(2);
            return new Evidence<EventDate>(new EventDate(week > pday ? pday : week, 2), lead.TriggerSpans[0], Producer, 0.4);
        }

        return null;
    }

    private static Evidence<Place>? CodePlace(Document document, List<EventCandidate> group, EventCandidate lead, ref double confidence)
    {
        var withPlace = (lead.Place?.Value.Resolved is not null ? lead : null) ?? group.FirstOrDefault(c => c.Place?.Value.Resolved is not null);
        (TextSpan Span, PlaceMention Value)? chosen = withPlace?.Place;
        var inherited = false;
        if (chosen is null)
        {
            var start = lead.Sentences[0].Start;
            var paragraphStart = document.Text.LastIndexOf("\n\n", Math.Max(0, start - 1), StringComparison.Ordinal);
            var earlier = document.Mentions
                .Where(m => m.Value is PlaceMention { Resolved: not null } && m.Span.End <= start && m.Span.Start > paragraphStart)
                .OrderByDescending(m => m.Span.Start)
                .FirstOrDefault()
                ?? document.Mentions.Where(m => m.Value is PlaceMention { Resolved: not null } && lead.Sentences.Any(s => s.Contains(m.Span) || m.Span.Start > s.End && m.Span.Start - s.End < 400))
                    .OrderBy(m => m.Span.Start).FirstOrDefault();
            if (earlier is not null)
            {
                chosen = (earlier.Span, (PlaceMention)earlier.Value);
                inherited = true;
            }
        }

        if (chosen is not { } c || c.Value.Resolved is not { } entry)
        {
            return null;
        }

        var country = CountryCatalog.Default.ByIso2(entry.CountryIso2);
        if (country is null)
        {
            return null;
        }

        var precision = entry.IsAdmin1 ? 3 : c.Value.IsNear ? 2 : 1;
        confidence += inherited ? FieldConfidence : 2 * FieldConfidence;
        var place = new Place
        {
            Name = entry.Name,
            Country = country.Name,
            IsoNumeric = country.IsoNumeric,
            Admin1 = entry.Admin1,
            Admin2 = entry.Admin2,
            Latitude = entry.Latitude,
            Longitude = entry.Longitude,
            GeoPrecision = precision,
            GazetteerId = entry.Id,
            Reason = c.Value.Reason,
        };
        return new Evidence<Place>(place, c.Span, Producer, inherited ? 0.6 : 0.9);
    }

    private List<Evidence<Actor>> ResolveAll(IEnumerable<(TextSpan Span, ActorMention Value)> mentions, DateOnly day, Country? country)
    {
        var result = new List<Evidence<Actor>>();
        foreach (var (span, mention) in mentions)
        {
            // Among actors sharing an alias, the one whose period contains the event date wins; named beats generic.
            var entry = mention.CandidatesIn(country?.Iso2).Where(c => c.IsValidOn(day)).OrderBy(c => c.IsGeneric).ThenBy(c => c.CountryIso2 == country?.Iso2 ? 0 : 1).FirstOrDefault();
            if (entry is null || actors.Resolve(entry, day, country) is not { } actor)
            {
                continue;
            }

            var existing = result.FindIndex(e => e.Value.Name == actor.Name);
            if (existing >= 0)
            {
                result[existing] = result[existing].WithSpans([span]);
            }
            else
            {
                result.Add(new Evidence<Actor>(actor, span, Producer, entry.IsGeneric ? GenericConfidence : 0.9));
            }
        }

        return result;
    }

    /// <summary>Named actors beat generic ones ("Unidentified Armed Group"); among equals, the first in role order.</summary>
    private static Evidence<Actor>? Pick(List<Evidence<Actor>> actors, string? exclude) =>
        actors.Where(a => a.Value.Name != exclude)
            .OrderByDescending(a => a.Confidence)
            .FirstOrDefault();
}
