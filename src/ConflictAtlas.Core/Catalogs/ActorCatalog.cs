using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// The actor catalogue: named groups from <c>actors.tsv</c>, state forces generated for every country from
/// <c>state-forces.tsv</c> and <c>regimes.tsv</c>, and generic actors from <c>generic-actors.tsv</c>.
/// </summary>
public sealed class ActorCatalog
{
    private const string RegimeSlot = "{Regime}";
    private const string CountrySlot = "{Country}";

    // Declared before Default, which uses them when it is built.
    private static readonly string[] NounPhraseStarts = ["Democratic ", "Republic ", "Central African", "United ", "Philippines", "Netherlands", "Bahamas"];
    private static readonly string[] NounPhraseEnds = [" Republic", " Islands", " Emirates"];

    private readonly CountryCatalog _countries;
    private readonly Dictionary<string, List<(DateOnly Start, string Label)>> _regimes;

    public ActorCatalog(
        CountryCatalog countries,
        IReadOnlyList<string[]> actorRows,
        IReadOnlyList<string[]> stateForceRows,
        IReadOnlyList<string[]> regimeRows,
        IReadOnlyList<string[]> genericRows)
    {
        ArgumentNullException.ThrowIfNull(countries);
        _countries = countries;
        _regimes = regimeRows
            .Select(r => (Iso2: KnownCountry(countries, r[0].Trim(), "regimes.tsv"), Period: ParseRegime(r)))
            .GroupBy(r => r.Iso2, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Period).OrderBy(p => p.Start).ToList(), StringComparer.OrdinalIgnoreCase);
        Matcher = new PhraseMatcher<ActorAlias>();
        AddStateForces(stateForceRows);
        AddNamed(actorRows);
        AddGeneric(genericRows);
    }

    public static ActorCatalog Default { get; } = new(
        CountryCatalog.Default,
        ResourceFile.ReadRows("actors.tsv"),
        ResourceFile.ReadRows("state-forces.tsv"),
        ResourceFile.ReadRows("regimes.tsv"),
        ResourceFile.ReadRows("generic-actors.tsv"));

    public PhraseMatcher<ActorAlias> Matcher { get; }

    /// <summary>What every country's state force of a kind is named with ("Military Forces of ", "Government of ").</summary>
    private readonly Dictionary<StateForceKind, string> _kindPrefixes = [];
    private readonly Dictionary<StateForceKind, string> _stateForceTemplates = [];

    /// <summary>Whether an actor is a country's military (the "Military" row of <c>state-forces.tsv</c>), not its police.</summary>
    public bool IsMilitary(Actor actor) => IsKind(actor, StateForceKind.Military);

    /// <summary>Whether an actor is a state force of <paramref name="kind"/> (named by that row of <c>state-forces.tsv</c>).</summary>
    public bool IsKind(Actor actor, StateForceKind kind)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Type == ActorType.StateForces && _kindPrefixes.TryGetValue(kind, out var prefix) && actor.Name.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The coded actor for an entry at a date in a country: state forces get their regime period
    /// ("Military Forces of Mali (2021-)"), generic actors the country ("Civilians (Mali)").
    /// Returns null when a generic actor has no country to be named after.
    /// </summary>
    public Actor? Resolve(ActorEntry entry, DateOnly? date, Country? eventCountry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = entry.NameTemplate;
        var country = entry.CountryIso2 is null ? eventCountry : _countries.ByIso2(entry.CountryIso2) ?? eventCountry;
        if (name.Contains(CountrySlot, StringComparison.Ordinal))
        {
            if (country is null)
            {
                return null;
            }

            name = name.Replace(CountrySlot, country.Name, StringComparison.Ordinal);
        }

        if (name.Contains(RegimeSlot, StringComparison.Ordinal))
        {
            var label = entry.CountryIso2 is null ? null : RegimeLabel(entry.CountryIso2, date);
            name = label is null
                ? name.Replace(" (" + RegimeSlot + ")", string.Empty, StringComparison.Ordinal)
                : name.Replace(RegimeSlot, label, StringComparison.Ordinal);
        }

        return new Actor(name, entry.Type, country?.Name) { IsGeneric = entry.IsGeneric };
    }

    /// <summary>The state forces of one kind of <paramref name="country"/> on <paramref name="date"/>
    /// ("Police Forces of Mali (2021-)"), or null when <c>state-forces.tsv</c> has no row of that kind.</summary>
    public Actor? StateForces(StateForceKind kind, Country country, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(country);
        return _stateForceTemplates.TryGetValue(kind, out var template)
            ? Resolve(new ActorEntry(template.Replace(CountrySlot, StateName(country), StringComparison.Ordinal), ActorType.StateForces, country.Iso2, null, null, IsGeneric: false), date, country)
            : null;
    }

    /// <summary>The regime period label in force on <paramref name="date"/> (the latest one when the date is unknown).</summary>
    public string? RegimeLabel(string iso2, DateOnly? date)
    {
        if (!_regimes.TryGetValue(iso2, out var periods) || periods.Count == 0)
        {
            return null;
        }

        if (date is null)
        {
            return periods[^1].Label;
        }

        string? label = null;
        foreach (var (start, l) in periods)
        {
            if (start <= date)
            {
                label = l;
            }
        }

        return label ?? periods[0].Label;
    }

    private void AddStateForces(IReadOnlyList<string[]> rows)
    {
        foreach (var row in rows)
        {
            var template = row[1].Trim();
            var kind = Enum.Parse<StateForceKind>(row[0].Trim());
            _stateForceTemplates[kind] = template;
            // "Military Forces of ": what every country's forces of this kind are named with.
            _kindPrefixes[kind] = template[..template.IndexOf(CountrySlot, StringComparison.Ordinal)];

            var aliases = ResourceFile.SplitList(row[2]);
            foreach (var country in _countries.All)
            {
                var entry = new ActorEntry(
                    template.Replace(CountrySlot, StateName(country), StringComparison.Ordinal), ActorType.StateForces,
                    country.Iso2, null, null, IsGeneric: false);
                foreach (var alias in aliases)
                {
                    foreach (var expanded in Expand(alias, country))
                    {
                        Matcher.Add(expanded, new ActorAlias(entry, null));
                    }
                }
            }
        }
    }

    /// <summary>The named actors of <c>actors.tsv</c> that are not state forces (rebels, militias, external forces...).</summary>
    public IReadOnlyList<NamedActor> NonStateActors => _named.Where(a => a.Entry.Type != ActorType.StateForces).ToList();

    /// <summary>Every named actor of <c>actors.tsv</c> with its source.</summary>
    public IReadOnlyList<NamedActor> Named => _named;

    private readonly List<NamedActor> _named = [];

    private void AddNamed(IReadOnlyList<string[]> rows)
    {
        foreach (var row in rows)
        {
            var name = row[0].Trim();
            var written = name;
            if (row.Length < 7 || name.Length == 0 || ResourceFile.Field(row, 6).Length == 0)
            {
                throw new FormatException($"actors.tsv: '{name}' needs 7 columns, the last one its source");
            }

            var type = ActorTypes.Parse(row[1].Trim());
            var iso2 = ResourceFile.Field(row, 2);
            if (iso2.Length > 0)
            {
                KnownCountry(_countries, iso2, "actors.tsv");
            }

            if (type == ActorType.StateForces &&
                (name.StartsWith("Military Forces of ", StringComparison.Ordinal) || name.StartsWith("Police Forces of ", StringComparison.Ordinal)))
            {
                name += " (" + RegimeSlot + ")";
            }

            var entry = new ActorEntry(name, type, iso2.Length == 0 ? null : iso2, ParseDate(ResourceFile.Field(row, 3)),
                ParseDate(ResourceFile.Field(row, 4)), IsGeneric: false);
            if (entry.ValidFrom > entry.ValidTo)
            {
                throw new FormatException($"actors.tsv: '{name}' ends before it starts");
            }

            var aliases = ResourceFile.SplitList(ResourceFile.Field(row, 5));
            _named.Add(new NamedActor(entry, ResourceFile.Field(row, 6)) { Name = written, Aliases = [.. aliases.Where(a => !a.StartsWith('@'))] });
            foreach (var alias in aliases)
            {
                if (alias.StartsWith('@'))
                {
                    // "@ML the army", "@BR,PT PM": the alias only stands for this actor in reports about those countries.
                    var space = alias.IndexOf(' ', StringComparison.Ordinal);
                    if (space < 0)
                    {
                        throw new FormatException($"actors.tsv: alias '{alias}' of '{name}' has a country but no words");
                    }

                    foreach (var code in alias[1..space].Split(','))
                    {
                        Matcher.Add(alias[(space + 1)..], new ActorAlias(entry, KnownCountry(_countries, code, "actors.tsv")));
                    }
                }
                else
                {
                    Matcher.Add(alias, new ActorAlias(entry, null));
                }
            }
        }
    }

    private static string KnownCountry(CountryCatalog countries, string iso2, string file) =>
        countries.ByIso2(iso2)?.Iso2 ?? throw new FormatException($"{file}: unknown country code '{iso2}'");

    private static (DateOnly Start, string Label) ParseRegime(string[] row)
    {
        if (row.Length < 4 || ResourceFile.Field(row, 2).Length == 0 || ResourceFile.Field(row, 3).Length == 0)
        {
            throw new FormatException($"regimes.tsv: '{string.Join(' ', row)}' needs a country, a start date, a label and a source");
        }

        return (ParseDate(row[1].Trim()) ?? throw new FormatException("regimes.tsv: a period needs its start date"), row[2].Trim());
    }

    private void AddGeneric(IReadOnlyList<string[]> rows)
    {
        foreach (var row in rows)
        {
            var entry = new ActorEntry(row[0].Trim(), ActorTypes.Parse(row[1].Trim()), null, null, null, IsGeneric: true);
            foreach (var noun in ResourceFile.SplitList(row[2]))
            {
                Matcher.Add(noun, new ActorAlias(entry, null));
            }
        }
    }

    private static IEnumerable<string> Expand(string alias, Country country)
    {
        IEnumerable<string> forms = [alias];
        forms = Fill(forms, "{Country}", country.AllNames);
        forms = Fill(forms, "{Demonym}", country.Demonyms);
        forms = Fill(forms, "{fr}", country.FrenchDemonyms.SelectMany(CountryCatalog.FrenchForms));
        forms = Fill(forms, "{Spanish}", country.SpanishDemonyms.SelectMany(CountryCatalog.IberianForms));
        forms = Fill(forms, "{Portuguese}", country.PortugueseDemonyms.SelectMany(CountryCatalog.IberianForms));
        return Fill(forms, "{Arabic}", country.ArabicDemonyms.SelectMany(CountryCatalog.ArabicForms));
    }

    private static IEnumerable<string> Fill(IEnumerable<string> forms, string slot, IEnumerable<string> values) =>
        forms.SelectMany(f => f.Contains(slot, StringComparison.Ordinal)
            ? values.Select(v => f.Replace(slot, v, StringComparison.Ordinal))
            : [f]);

    /// <summary>
    /// Country names that read as a noun phrase take "the": "Military Forces of the Democratic Republic of Congo",
    /// "of the Philippines", "of the Solomon Islands".
    /// </summary>
    private static string StateName(Country country) =>
        NounPhraseStarts.Any(w => country.Name.StartsWith(w, StringComparison.Ordinal)) ||
        NounPhraseEnds.Any(w => country.Name.EndsWith(w, StringComparison.Ordinal))
            ? "the " + country.Name
            : country.Name;

    private static DateOnly? ParseDate(string value) =>
        value.Length == 0 ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new FormatException($"bad date '{value}' (YYYY-MM-DD)");
}
