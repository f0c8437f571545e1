using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// ACLED's 25 sub-event types in hierarchy order with their UCDP, CAMEO and PLOVER equivalents
/// (<c>Resources/taxonomy.tsv</c>).
/// </summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, EventClass> _bySubType;
    private readonly Dictionary<string, bool> _ucdpByActors;

    public Taxonomy(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var classes = new List<EventClass>();
        _ucdpByActors = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var ucdp = ResourceFile.Field(r, 3);
            classes.Add(new EventClass(r[0].Trim(), r[1].Trim(), r[2].Trim(), i,
                int.TryParse(ucdp, out var u) ? u : null, ResourceFile.Field(r, 4), ResourceFile.Field(r, 5), ResourceFile.Field(r, 6)));
            _ucdpByActors[r[1].Trim()] = ucdp == "actors";
        }

        All = classes;
        _bySubType = classes.ToDictionary(c => c.SubEventType, StringComparer.Ordinal);
    }

    /// <summary>The bundled taxonomy, checked against the type-name constants when it loads.</summary>
    public static Taxonomy Default { get; } = TaxonomyNames.Check(new(ResourceFile.ReadRows("taxonomy.tsv")));

    public IReadOnlyList<EventClass> All { get; }

    public EventClass BySubType(string subEventType) =>
        _bySubType.TryGetValue(subEventType, out var c) ? c : throw new KeyNotFoundException($"unknown sub-event type '{subEventType}'");

    /// <summary>UCDP's type of violence for an event of this class between these actors, or null outside UCDP's scope.</summary>
    public int? UcdpTypeOfViolence(EventClass eventClass, ActorType? actor1, ActorType? actor2)
    {
        ArgumentNullException.ThrowIfNull(eventClass);
        if (!_ucdpByActors.GetValueOrDefault(eventClass.SubEventType))
        {
            return eventClass.UcdpTypeOfViolence;
        }

        if (actor2 is ActorType.Civilians)
        {
            return 3;
        }

        return actor1 == ActorType.StateForces || actor2 == ActorType.StateForces ? 1 : 2;
    }
}
