using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Stages.Segment;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Support;

/// <summary>
/// Builds a small group of event candidates and its coding state without running the pipeline: the report text
/// gets its actor mentions from the actor catalogue only, and each candidate says its class, trigger, agents,
/// patients and claims by quoting the text. The event is in Mali on Sunday 9 March 2025.
/// </summary>
/// <example><code>
/// CodingCase.Report("JNIM fighters killed six villagers.").Event(SubEventTypes.Attack, "killed").Agent("JNIM").Patient("villagers")
/// </code></example>
public sealed class CodingCase
{
    public static readonly DateOnly Day = new(2025, 3, 9);

    private static readonly EventCoder Coder = new(ActorCatalog.Default, Taxonomy.Default);
    private static readonly ActorStage Actors = new();
    private static readonly SentenceStage Segment = new();

    private readonly Document _document;
    private readonly List<EventCandidate> _group = [];
    private bool _unclaimed;

    private CodingCase(string text) =>
        _document = Actors.Process(Segment.Process(Document.Create(text), CancellationToken.None), CancellationToken.None);

    public static Country Mali { get; } = CountryCatalog.Default.ByName("Mali")!;

    /// <summary>A report; every actor the catalogue finds in it is a mention (named groups count for the whole report).</summary>
    public static CodingCase Report(string text) => new(text);

    /// <summary>A candidate of <paramref name="subEventType"/> told by <paramref name="trigger"/>; the first one is the
    /// lead. A weak trigger only suggests its class.</summary>
    public CodingCase Event(string subEventType, string trigger, bool strong = true)
    {
        var candidate = new EventCandidate { Class = Taxonomy.Default.BySubType(subEventType), IsStrong = strong };
        candidate.TriggerSpans.Add(Find(trigger));
        candidate.Sentences.Add(new TextSpan(0, _document.Text.Length));
        _group.Add(candidate);
        return this;
    }

    /// <summary>The actor mention at <paramref name="phrase"/> acts in the last candidate.</summary>
    public CodingCase Agent(string phrase, bool marked = false)
    {
        Last.Agents.Add((Find(phrase), ActorAt(phrase), marked));
        return this;
    }

    /// <summary>The actor mention at <paramref name="phrase"/> is acted upon in the last candidate.</summary>
    public CodingCase Patient(string phrase, bool marked = false)
    {
        Last.Patients.Add((Find(phrase), ActorAt(phrase), marked));
        return this;
    }

    /// <summary>The last candidate claims <paramref name="number"/> deaths, quoting <paramref name="phrase"/>.</summary>
    public CodingCase Claim(int number, string phrase, string? victimGroup = null)
    {
        Last.Claims.Add(new FatalityClaim(number, IsVague: false, Claimant: null, Find(phrase), victimGroup));
        return this;
    }

    /// <summary>The last candidate's subject gives the place up.</summary>
    public CodingCase Yields()
    {
        Last.Yields = true;
        return this;
    }

    /// <summary>The last candidate shows demonstrators using violence.</summary>
    public CodingCase RiotSigns()
    {
        Last.RiotSigns = true;
        return this;
    }

    /// <summary>The last candidate tells its own day (the case's <see cref="Day"/>), quoting <paramref name="phrase"/>.</summary>
    public CodingCase OnDay(string phrase)
    {
        Last.Date = (Find(phrase), new DateMention(Day, Precision: 1, IsRelative: true));
        return this;
    }

    /// <summary>The last candidate names a weekday ("on Monday") that the page's dates pin only to a month:
    /// a day of its own, at month precision.</summary>
    public CodingCase OnUnpinnedDay(string phrase)
    {
        Last.Date = (Find(phrase), new DateMention(Day, Precision: 3, IsRelative: true));
        return this;
    }

    /// <summary>The last candidate names the country called <paramref name="country"/> at <paramref name="phrase"/> as
    /// the one that acted ("strikes conducted by Niger").</summary>
    public CodingCase AgentCountry(string phrase, string country)
    {
        Last.AgentCountry = (Find(phrase), CountryCatalog.Default.ByName(country) ?? throw new ArgumentException($"no country '{country}'", nameof(country)));
        return this;
    }

    /// <summary>The report says nobody claimed the event.</summary>
    public CodingCase Unclaimed()
    {
        _unclaimed = true;
        return this;
    }

    /// <summary>The coding state before any rule ran.</summary>
    public CodingState Begin() => Coder.Begin(_document, _group, Mali, Day, _unclaimed);

    /// <summary>The coding state after <paramref name="rules"/> ran in order.</summary>
    public CodingState Code(CodingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var state = Begin();
        rules.Apply(state);
        return state;
    }

    public override string ToString() => _document.Text;

    private EventCandidate Last => _group.Count > 0 ? _group[^1] : throw new InvalidOperationException("call Event(...) first");

    private TextSpan Find(string phrase)
    {
        var at = _document.Text.IndexOf(phrase, StringComparison.Ordinal);
        return at >= 0 ? new TextSpan(at, at + phrase.Length) : throw new ArgumentException($"'{phrase}' is not in the report", nameof(phrase));
    }

    private ActorMention ActorAt(string phrase)
    {
        var span = Find(phrase);
        return _document.Actors.FirstOrDefault(m => m.Span == span)?.Value
               ?? throw new ArgumentException($"the catalogue finds no actor at '{phrase}'", nameof(phrase));
    }
}

/// <summary>The coded fields a rule test compares: both roles exactly, the type and civilian targeting.</summary>
public sealed record CodingOutcome(string? Actor1, string? Actor2, string? SubEventType, bool CivilianTargeting = false)
{
    public static CodingOutcome Of(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Actor1?.Value.Name, state.Actor2?.Value.Name, state.EventClass?.SubEventType, state.CivilianTargeting);
    }

    /// <summary>The outcome of <paramref name="code"/>, or a description of the error it throws (a rule list
    /// that leaves the class unset fails as loudly as one that codes it wrong).</summary>
    public static CodingOutcome Try(Func<CodingState> code)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            return Of(code());
        }
        catch (InvalidOperationException e)
        {
            return new(null, null, "error: " + e.Message);
        }
    }
}
