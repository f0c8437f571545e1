using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// A revision's changes as the store keeps them. A revision compressed against an atom (<c>what_base</c>, migration
/// 009 on SQLite, 008 on PostgreSQL) that only sets fields (every changed field from none, as an event's creating
/// revision does) is kept as <c>"created": {field: value}</c> in place of <c>"changed": {field: {"from": null, "to":
/// value}}</c>, and read back as the latter, text for text: the field values are the event record's, which the atom
/// dictionary then holds nearly whole (~55 bytes instead of ~255 for a coded report's creating revision). Revisions
/// without an atom are kept and read as written.
/// </summary>
public static class StoredChanges
{
    private const string Changed = "changed";
    private const string Created = "created";

    public static byte[] Compress(JsonObject what, string? dictionary)
    {
        ArgumentNullException.ThrowIfNull(what);
        return StoredJson.Compress(dictionary is null ? what.ToJsonString() : Pack(what).ToJsonString(), dictionary);
    }

    public static string Read(object? text, object? compressed, string? dictionary)
    {
        var json = StoredJson.Read(text, compressed, dictionary);
        return dictionary is not null && JsonNode.Parse(json) is JsonObject { } what && what.ContainsKey(Created)
            ? Rename(what, Created, Changed, value => new JsonObject { ["from"] = null, ["to"] = value?.DeepClone() }).ToJsonString()
            : json;
    }

    private static JsonObject Pack(JsonObject what)
    {
        if (what.ContainsKey(Created) || what[Changed] is not JsonObject { Count: > 0 } changed)
        {
            return what;
        }

        foreach (var (_, change) in changed)
        {
            if (change is not JsonObject { Count: 2 } c || !c.TryGetPropertyValue("from", out var from) || from is not null || !c.ContainsKey("to"))
            {
                return what;
            }
        }

        return Rename(what, Changed, Created, change => change!["to"]?.DeepClone());
    }

    /// <summary>A copy of <paramref name="what"/> with the object <paramref name="from"/> renamed <paramref name="to"/>
    /// in its place, each of its values mapped by <paramref name="map"/>.</summary>
    private static JsonObject Rename(JsonObject what, string from, string to, Func<JsonNode?, JsonNode?> map)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in what)
        {
            if (name == from && value is JsonObject fields)
            {
                var mapped = new JsonObject();
                foreach (var (field, fieldValue) in fields)
                {
                    mapped[field] = map(fieldValue);
                }

                copy[to] = mapped;
            }
            else
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }
}
