using System.IO.Compression;
using System.Text;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// The JSON the store keeps per atom, event and revision (a contract record, a revision's changes), compressed with
/// Deflate into a <c>*_z</c> column (migration 008 on SQLite, 007 on PostgreSQL); the text column beside it is then
/// empty. Rows written before that migration keep their JSON as text and no compressed value, and are read as they are.
/// </summary>
/// <remarks>
/// <para>Deflate at its default level: on a coded record of 2.9 kB it gave 822 bytes in about a third of the time
/// Brotli took for 790 (quality 5), and the single writer's time is what ingest waits for.</para>
/// <para>An event's record and its revisions repeat most of the fields of the event's first atom, so since migration
/// 009 (SQLite) and 008 (PostgreSQL) they are compressed with that atom's contract JSON as a preset dictionary (the row
/// names the atom, <c>record_base</c> or <c>what_base</c>): the single-source event's record of 1.2 kB takes ~50 bytes
/// instead of ~610. The dictionary is the atom's stored JSON, which is never rewritten (a new coding adds atoms).
/// Deflate has no preset-dictionary call in .NET, so the dictionary is written first and the stream flushed (a sync
/// flush ends on a byte boundary, and what follows may copy from the dictionary as from any earlier output): only the
/// bytes after the flush are kept. Reading puts the dictionary back in front as uncompressed ("stored") Deflate blocks,
/// which any inflater decodes to the same window, and skips the dictionary's bytes of the output.</para>
/// </remarks>
public static class StoredJson
{
    /// <summary>What the text column holds when the compressed column has the JSON.</summary>
    public const string Moved = "";

    /// <summary>The dictionary an atom's deduplication key is compressed with (<c>atoms.key_z</c>): the atom's stored
    /// contract JSON, which holds the key's values, then the key's names in a fixed text. Never change this text: the
    /// keys stored with it are read with it (a new shape needs a new column or marker).</summary>
    public static string AtomKeyDictionary(string atomJson) => atomJson + KeyShape;

    /// <summary>The value of <c>atoms.record_dict</c> (migration 010 on SQLite, 009 on PostgreSQL) for a record compressed
    /// with <see cref="ContractDictionary"/>; null means no dictionary (rows written before).</summary>
    public const long ContractDictionaryId = 1;

    /// <summary>The fixed dictionary an atom's contract JSON is compressed with: the words of ACLED's taxonomy that its
    /// fields repeat, then the contract's shape (every field name, a claim, the evidence of each field) with empty
    /// values. A coded atom of 2.9 kB takes ~560 bytes with it instead of ~830. Never change this text: the records
    /// stored with it are read with it (a new shape needs a new id).</summary>
    public const string ContractDictionary =
        "Political violence|Demonstrations|Strategic developments|Violence against civilians|Explosions/Remote violence|" +
        "Battles|Protests|Riots|State forces|Rebel group|Political militia|Identity militia|Civilians|External/Other forces|" +
        "Protesters|Rioters|Military Forces of |Police Forces of |Unidentified Armed Group (" +
        """
        {"event_date":"","time_precision":"","disorder_type":"","event_type":"","sub_event_type":"","actor1":"","assoc_actor_1":"","inter1":"","actor2":"","assoc_actor_2":"","inter2":"","interaction":"","civilian_targeting":"","iso":"","country":"","admin1":"","admin2":"","location":"","latitude":"","longitude":"","geo_precision":"","fatalities":"","fatalities_low":"","fatalities_high":"","notes":"","confidence":"","claims":[{"fatalities":0,"vague":false,"claimant":null,"partisan":false,"evidence":{"start":0,"end":0,"text":""}}],"ucdp_type_of_violence":1,"cameo_code":"","plover_type":"","plover_mode":"","location_reason":"","evidence":{"event_date":[{"start":0,"end":0,"text":""}],"time_precision":[{"start":0,"end":0,"text":""}],"disorder_type":[{"start":0,"end":0,"text":""}],"event_type":[{"start":0,"end":0,"text":""}],"sub_event_type":[{"start":0,"end":0,"text":""}],"actor1":[{"start":0,"end":0,"text":""}],"assoc_actor_1":[{"start":0,"end":0,"text":""}],"inter1":[{"start":0,"end":0,"text":""}],"actor2":[{"start":0,"end":0,"text":""}],"assoc_actor_2":[{"start":0,"end":0,"text":""}],"inter2":[{"start":0,"end":0,"text":""}],"interaction":[{"start":0,"end":0,"text":""}],"civilian_targeting":[{"start":0,"end":0,"text":""}],"iso":[{"start":0,"end":0,"text":""}],"country":[{"start":0,"end":0,"text":""}],"admin1":[{"start":0,"end":0,"text":""}],"admin2":[{"start":0,"end":0,"text":""}],"location":[{"start":0,"end":0,"text":""}],"latitude":[{"start":0,"end":0,"text":""}],"longitude":[{"start":0,"end":0,"text":""}],"geo_precision":[{"start":0,"end":0,"text":""}],"fatalities":[{"start":0,"end":0,"text":""}],"fatalities_low":[{"start":0,"end":0,"text":""}],"fatalities_high":[{"start":0,"end":0,"text":""}],"notes":[{"start":0,"end":0,"text":""}],"confidence":[{"start":0,"end":0,"text":""}]},"source":""}
        """;

    /// <summary>The dictionary named by an atom's <c>record_dict</c> value (null when none).</summary>
    public static string? AtomRecordDictionary(object? id) => id switch
    {
        null or DBNull => null,
        _ when Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) == ContractDictionaryId => ContractDictionary,
        _ => throw new InvalidDataException($"an atom's record names dictionary {id}, which this version does not know"),
    };

    /// <summary>An atom's contract JSON from its row's <c>record_json</c>, <c>record_z</c> and <c>record_dict</c>.</summary>
    public static string ReadAtom(object? text, object? compressed, object? dictionaryId) =>
        Read(text, compressed, AtomRecordDictionary(dictionaryId));

    /// <summary>The dictionary an event's deduplication key is compressed with (<c>canonical_events.key_z</c>): ACLED's
    /// sub-event types and the forms of its generic actor names, then the key's names. Fixed, unlike an atom's (the
    /// event's record changes as sources join, and candidates are read without it). Never change this text: the keys
    /// stored with it are read with it.</summary>
    public const string EventKeyDictionary = EventKeyWords + KeyShape;

    private const string EventKeyWords =
        "Government regains territory|Non-state actor overtakes territory|Armed clash|Excessive force against protesters|" +
        "Protest with intervention|Peaceful protest|Violent demonstration|Mob violence|Chemical weapon|Air/drone strike|" +
        "Suicide bomb|Shelling/artillery/missile attack|Remote explosive/landmine/IED|Grenade|Sexual violence|Attack|" +
        "Abduction/forced disappearance|Agreement|Arrests|Change to group/activity|Disrupted weapons use|" +
        "Headquarters or base established|Looting/property destruction|Non-violent transfer of territory|Other|" +
        "Unidentified Armed Group (|Civilians (|Protesters (|Rioters (|Police Forces of |Military Forces of ";

    private const string KeyShape =
        """{"SubEventType":"","Actor1":"","Actor2":"","Iso":0,"GazetteerId":null,"Latitude":0,"Longitude":0,"GeoPrecision":1,"Date":"","TimePrecision":1,"Admin1":"","Location":"","Fatalities":0,"IsMergeable":true}""";

    /// <summary>Deflate copies from at most 32 KiB back: a longer dictionary is cut to its last 32 KiB on both sides.</summary>
    private const int Window = 32 * 1024;

    public static byte[] Compress(string json) => Compress(json, null);

    /// <summary>The JSON compressed, with <paramref name="dictionary"/> (when given) as a preset dictionary that
    /// <see cref="Read(object?, object?, string?)"/> must be given again.</summary>
    public static byte[] Compress(string json, string? dictionary)
    {
        ArgumentNullException.ThrowIfNull(json);
        var preset = Preset(dictionary);
        using var output = new MemoryStream(json.Length / 2 + preset.Length / 2);
        long start = 0;
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            if (preset.Length > 0)
            {
                deflate.Write(preset);
                deflate.Flush();
                start = output.Length;
            }

            deflate.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.GetBuffer().AsSpan((int)start, (int)(output.Length - start)).ToArray();
    }

    /// <summary>The JSON of a row: the compressed column when it holds a value, else the text column.</summary>
    public static string Read(object? text, object? compressed) => Read(text, compressed, null);

    /// <summary>The JSON of a row whose compressed value was written with <paramref name="dictionary"/> (null when it
    /// was written without one).</summary>
    public static string Read(object? text, object? compressed, string? dictionary)
    {
        if (compressed is byte[] { Length: > 0 } bytes)
        {
            var preset = Preset(dictionary);
            using var input = new MemoryStream(WithPreset(preset, bytes), writable: false);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            if (preset.Length > 0)
            {
                deflate.ReadExactly(new byte[preset.Length]);
            }

            using var reader = new StreamReader(deflate, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return text as string ?? throw new StoreException("a stored record has neither JSON text nor a compressed value");
    }

    private static byte[] Preset(string? dictionary)
    {
        if (string.IsNullOrEmpty(dictionary))
        {
            return [];
        }

        var bytes = Encoding.UTF8.GetBytes(dictionary);
        return bytes.Length <= Window ? bytes : bytes[^Window..];
    }

    /// <summary><paramref name="preset"/> as a non-final Deflate block of type "stored" (RFC 1951, 3.2.4: a header
    /// byte, the length and its complement in two bytes each, the bytes as they are), then <paramref name="compressed"/>.
    /// The preset is at most 32 KiB, so one block (up to 65,535 bytes) holds it.</summary>
    private static byte[] WithPreset(byte[] preset, byte[] compressed)
    {
        if (preset.Length == 0)
        {
            return compressed;
        }

        var stream = new byte[5 + preset.Length + compressed.Length];
        var length = (ushort)preset.Length;
        stream[1] = (byte)length;
        stream[2] = (byte)(length >> 8);
        stream[3] = (byte)~length;
        stream[4] = (byte)(~length >> 8);
        preset.CopyTo(stream, 5);
        compressed.CopyTo(stream, 5 + preset.Length);
        return stream;
    }
}
