using System.Collections.Immutable;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// What the coding rules know and decide about one event: the group of candidates and its lead, the country and
/// day, the resolved agents and patients, and the fields the rules set (actor1, actor2, the event class, civilian
/// targeting), with the name of the rule that last changed each of them (<see cref="SetBy"/>).
/// </summary>
public sealed class CodingState
{
    private readonly EventCoder _coder;
    private readonly ReportIndex _report;
    private readonly Dictionary<CodedFields, string> _setBy = [];
    private List<Evidence<Actor>> _agents;
    private List<Evidence<Actor>> _patients;
    private Evidence<Actor>? _actor1;
    private Evidence<Actor>? _actor2;
    private EventClass? _eventClass;
    private bool _civilianTargeting;
    private List<Evidence<Actor>>? _namedArmedActors;
    private ICodingRule? _running;

    internal CodingState(EventCoder coder, Document document, ReportIndex report, IReadOnlyList<EventCandidate> group, EventCandidate lead, Country? country, DateOnly day, bool unclaimed,
                         List<Evidence<Actor>> agents, List<Evidence<Actor>> patients)
    {
        _coder = coder;
        _report = report;
        Document = document;
        Group = group;
        Lead = lead;
        Country = country;
        Day = day;
        Unclaimed = unclaimed;
        _agents = agents;
        _patients = patients;
        TriggerSpans = [.. group.SelectMany(c => c.TriggerSpans).Distinct().OrderBy(s => s.Start)];
        Claims = [.. group.SelectMany(c => c.Claims).Distinct()];
    }

    public Document Document { get; }

    public IReadOnlyList<EventCandidate> Group { get; }

    /// <summary>The candidate whose sentence tells the event: it decides the roles, the others fill gaps.</summary>
    public EventCandidate Lead { get; }

    public Country? Country { get; }

    public DateOnly Day { get; }

    /// <summary>The report says nobody claimed the event: an attacker it does not name stays unidentified.</summary>
    public bool Unclaimed { get; }

    public ImmutableArray<TextSpan> TriggerSpans { get; }

    public IReadOnlyList<FatalityClaim> Claims { get; }

    public CodingThresholds Thresholds => _coder.Thresholds;

    /// <summary>The fields set so far, each with the name of the rule that last changed it.</summary>
    public IReadOnlyDictionary<CodedFields, string> SetBy => _setBy;

    /// <summary>Actors acting in the event's sentences, the lead's first.</summary>
    public List<Evidence<Actor>> Agents
    {
        get => _agents;
        set => Set(ref _agents, value, CodedFields.Agents, (a, b) => a.SequenceEqual(b));
    }

    /// <summary>Actors acted upon in the event's sentences, the lead's first.</summary>
    public List<Evidence<Actor>> Patients
    {
        get => _patients;
        set => Set(ref _patients, value, CodedFields.Patients, (a, b) => a.SequenceEqual(b));
    }

    public Evidence<Actor>? Actor1
    {
        get => _actor1;
        set => Set(ref _actor1, value, CodedFields.Actor1, Equals);
    }

    public Evidence<Actor>? Actor2
    {
        get => _actor2;
        set => Set(ref _actor2, value, CodedFields.Actor2, Equals);
    }

    /// <summary>The event class, null until a rule sets it.</summary>
    public EventClass? EventClass
    {
        get => _eventClass;
        set => Set(ref _eventClass, value, CodedFields.EventClass, Equals);
    }

    public bool CivilianTargeting
    {
        get => _civilianTargeting;
        set => Set(ref _civilianTargeting, value, CodedFields.CivilianTargeting, (a, b) => a == b);
    }

    /// <summary>The group tells a battle, an explosion or violence against civilians.</summary>
    public bool IsViolent =>
        Group.Any(c => c.Class.EventType is EventTypes.Battles or EventTypes.ExplosionsRemoteViolence or EventTypes.ViolenceAgainstCivilians);

    /// <summary>The agent the lead sentence names, if any.</summary>
    public Evidence<Actor>? LeadAgent => Agents.FirstOrDefault(a => Lead.Agents.Exists(l => a.Spans.Contains(l.Span)));

    /// <summary>The patients the lead sentence names, in role order.</summary>
    public IEnumerable<Evidence<Actor>> LeadPatients => Patients.Where(p => Lead.Patients.Exists(l => p.Spans.Contains(l.Span)));

    /// <summary>Named non-state armed actors of the whole report, most mentioned first.</summary>
    public IReadOnlyList<Evidence<Actor>> NamedArmedActors => _namedArmedActors ??= _coder.NamedArmedActors(_report, Day, Country);

    /// <summary>The military of the event's country named anywhere in the report, or null.</summary>
    public Evidence<Actor>? StateForces() => Country is null ? null : _coder.StateForcesIn(_report, Day, Country);

    /// <summary>The military of the event's country as a generic actor, with the event's triggers as evidence (the
    /// side an act implies when the report does not name it); null without a country.</summary>
    public Evidence<Actor>? HostMilitary() => Country is null ? null : _coder.StateForce(StateForceKind.Military, Day, Country, TriggerSpans);

    /// <summary>The military of <paramref name="country"/> (one the report names as acting) with <paramref name="span"/>
    /// as evidence, at the confidence of a named actor.</summary>
    public Evidence<Actor>? StateForceOf(Country country, TextSpan span) =>
        _coder.StateForce(StateForceKind.Military, Day, country, [span]) is { } forces ? forces with { Confidence = Thresholds.NamedActor } : null;

    /// <summary>The force that met a demonstration: the state forces of the event's country the report names, else
    /// its police; null without a country.</summary>
    public Evidence<Actor>? InterveningForce() => Country is null ? null : _coder.InterveningForce(_report, Day, Country, TriggerSpans);

    /// <summary>The report tells of demonstrations: it names demonstrators or rioters somewhere, or the event or another
    /// act of the report shows a crowd's violence (barricades, burning tyres, stones).</summary>
    /// <summary>The forces are told breaking up a crowd (tear gas, dispersal), by the event or its report, and the crowd
    /// is told doing no violence of its own (stones, fires, barricades): a fight told only as "clashes" or "scuffles" is
    /// then the forces' intervention.</summary>
    public bool CrowdOnlyDispersed => !Group.Any(c => c.CrowdViolence) && (Group.Any(c => c.Dispersal) || _report.CrowdOnlyDispersed);

    public bool ReportTellsOfCrowds => _report.NamesCrowds || _report.ShowsRiots || Group.Any(c => c.RiotSigns);

    public EventClass Class(string subEventType) => _coder.Taxonomy.BySubType(subEventType);

    /// <summary>A generic actor of the event's country (<see cref="GenericActors"/>), or null when there is no country
    /// or the catalogue cannot name it.</summary>
    public Evidence<Actor>? GenericActor(string template, ActorType type, ImmutableArray<TextSpan> spans, double confidence) =>
        Country is null ? null : _coder.GenericActor(template, type, spans, Day, Country, confidence);

    /// <summary>The civilians named among the patients, else the generic "Civilians (Country)" with <paramref name="spans"/> as evidence.</summary>
    public Evidence<Actor>? CivilianVictims(ImmutableArray<TextSpan> spans) =>
        Patients.FirstOrDefault(p => p.Value.Type == ActorType.Civilians) ?? GenericActor(GenericActors.Civilians, ActorType.Civilians, spans, Thresholds.CivilianVictims);

    /// <summary>A generic description of an armed actor ("gunmen") not yet given a name.</summary>
    public bool IsGenericArmed(Evidence<Actor> actor) =>
        actor.Confidence <= Thresholds.GenericActor && actor.Value.Type is ActorType.PoliticalMilitia or ActorType.RebelGroup;

    /// <summary>Whether <paramref name="actor"/> is a country's government: a political body, not a side that fights.</summary>
    public bool IsGovernment(Actor actor) => _coder.IsGovernment(actor);

    public static bool IsArmed(Actor? actor) =>
        actor is not null && actor.Type is not (ActorType.Civilians or ActorType.Protesters or ActorType.Rioters);

    public static bool IsNonStateArmed(Actor actor) =>
        actor.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia;

    /// <summary>Named actors beat generic ones ("Unidentified Armed Group"); among equals, the first in role order.</summary>
    public static Evidence<Actor>? Pick(IEnumerable<Evidence<Actor>> actors, string? exclude) =>
        actors.Where(a => a.Value.Name != exclude)
            .OrderByDescending(a => a.Confidence)
            .FirstOrDefault();

    /// <summary>Runs <paramref name="rule"/>, recording it as the setter of each field it changes.</summary>
    internal void Run(ICodingRule rule)
    {
        _running = rule;
        try
        {
            rule.Apply(this);
        }
        finally
        {
            _running = null;
        }
    }

    private void Set<T>(ref T field, T value, CodedFields name, Func<T, T, bool> same)
    {
        if (_running is { } rule && !same(field, value))
        {
            if (!rule.Fields.HasFlag(name))
            {
                throw new InvalidOperationException($"coding rule '{rule.Name}' changed {name}, which it does not declare");
            }

            _setBy[name] = rule.Name;
        }

        field = value;
    }
}
