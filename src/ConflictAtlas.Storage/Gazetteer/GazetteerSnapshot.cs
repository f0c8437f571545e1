using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// Every key and place of a gazetteer database in one binary file beside it (<c>gazetteer.db</c> ->
/// <c>gazetteer.keys</c>), memory-mapped and looked up through a hash table over the mapped bytes, so that the
/// first lookup of a name costs microseconds instead of an SQLite query, and opening costs no more than checking
/// the file. Written by <c>atlas gazetteer build</c> and <c>import</c>; it carries the database's build stamp and
/// is refused (<see cref="InvalidDataException"/>) when the stamp, the layout or the checksum does not match.
/// Each place becomes a <see cref="GazetteerEntry"/> on first use and is kept; a lookup allocates only its answer array.
/// </summary>
public sealed class GazetteerSnapshot : IDisposable
{
    /// <summary>Longest key looked up without a heap buffer (UTF-8 bytes).</summary>
    private const int StackKeyBytes = 512;

    private readonly MappedFile _file;
    private readonly SnapshotLayout.Sections _sections;
    private readonly int _slotMask;
    private readonly string?[] _placeStrings;
    private readonly GazetteerEntry?[] _entries;

    private GazetteerSnapshot(MappedFile file, int places, int keys, int slots, int strings, SnapshotLayout.Sections sections)
    {
        _file = file;
        PlaceCount = places;
        KeyCount = keys;
        _slotMask = slots - 1;
        _sections = sections;
        _placeStrings = new string?[strings];
        _entries = new GazetteerEntry?[places];
    }

    public int PlaceCount { get; }

    public int KeyCount { get; }

    /// <summary>The snapshot file of a gazetteer database: same folder and name, extension <c>.keys</c>.</summary>
    public static string PathFor(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        return Path.ChangeExtension(databasePath, ".keys");
    }

    /// <summary>
    /// Maps a snapshot and checks it: layout version, section sizes against the file length, the checksum, and
    /// <paramref name="expectedStamp"/> (the database's <c>build_stamp</c>). Throws <see cref="InvalidDataException"/>
    /// or <see cref="IOException"/> saying what is wrong.
    /// </summary>
    public static GazetteerSnapshot Open(string path, string expectedStamp)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(expectedStamp);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no gazetteer snapshot at {path}", path);
        }

        var file = MappedFile.Open(path);
        try
        {
            var data = file.Span;
            if (data.Length < SnapshotLayout.HeaderSize || !data[..SnapshotLayout.Magic.Length].SequenceEqual(SnapshotLayout.Magic))
            {
                throw new InvalidDataException($"{path} is not a gazetteer snapshot");
            }

            var version = SnapshotLayout.ReadInt(data, SnapshotLayout.VersionAt);
            if (version != SnapshotLayout.Version || SnapshotLayout.ReadInt(data, SnapshotLayout.HeaderSizeAt) != SnapshotLayout.HeaderSize)
            {
                throw new InvalidDataException($"{path} has snapshot format {version}, this program reads {SnapshotLayout.Version}");
            }

            var stamp = Encoding.ASCII.GetString(data.Slice(SnapshotLayout.StampAt, SnapshotLayout.StampLength)).TrimEnd('\0');
            if (!string.Equals(stamp, expectedStamp, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path} is stale: written for gazetteer build {Show(stamp)}, the database is build {Show(expectedStamp)}");
            }

            var places = SnapshotLayout.ReadInt(data, SnapshotLayout.PlaceCountAt);
            var keys = SnapshotLayout.ReadInt(data, SnapshotLayout.KeyCountAt);
            var references = SnapshotLayout.ReadInt(data, SnapshotLayout.ReferenceCountAt);
            var slots = SnapshotLayout.ReadInt(data, SnapshotLayout.SlotCountAt);
            var strings = SnapshotLayout.ReadInt(data, SnapshotLayout.StringCountAt);
            var length = BinaryPrimitives.ReadInt64LittleEndian(data[SnapshotLayout.FileLengthAt..]);
            if (places < 0 || keys < 0 || references < 0 || strings < 0 ||
                slots <= keys || (slots & (slots - 1)) != 0 || length != data.Length)
            {
                throw new InvalidDataException($"{path} is damaged: its counts do not fit its {data.Length} bytes");
            }

            var sections = SnapshotLayout.Sections.For(places, slots, keys, references, strings);
            if (sections.Pool > data.Length || SnapshotLayout.ReadInt(data, sections.Pool - SnapshotLayout.StringOffsetSize) is var end && (end < 0 || end > data.Length - sections.Pool))
            {
                throw new InvalidDataException($"{path} is damaged: its sections do not fit its {data.Length} bytes");
            }

            if (XxHash3.HashToUInt64(data[SnapshotLayout.HeaderSize..]) != BinaryPrimitives.ReadUInt64LittleEndian(data[SnapshotLayout.BodyHashAt..]))
            {
                throw new InvalidDataException($"{path} is damaged: checksum mismatch");
            }

            return new GazetteerSnapshot(file, places, keys, slots, strings, sections);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Writes the snapshot of the database <paramref name="databasePath"/> (see <see cref="PathFor"/>).</summary>
    public static void Write(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        using var connection = GazetteerDatabase.OpenReadOnly(databasePath);
        var stamp = GazetteerDatabase.ReadMeta(connection).GetValueOrDefault(GazetteerDatabase.BuildStampKey)
            ?? throw new InvalidDataException($"{databasePath} has no build stamp; rebuild it (scripts/build-gazetteer.sh)");
        SnapshotWriter.Write(connection, PathFor(databasePath), stamp);
    }

    /// <summary>Every place whose name or alternate name has this key, in the order an SQLite query gives them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GazetteerEntry[] Lookup(string placeKey)
    {
        ArgumentNullException.ThrowIfNull(placeKey);
        var key = FindKey(placeKey);
        if (key < 0)
        {
            return [];
        }

        return Answer(key);
    }

    public void Dispose() => _file.Dispose();

    // Hot path: compiled optimized from the first call (a lookup in unoptimized code costs several times more,
    // and a run of first-sight lookups is over before tiered compilation would step in).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private int FindKey(string placeKey)
    {
        var max = Encoding.UTF8.GetMaxByteCount(placeKey.Length);
        Span<byte> utf8 = max <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : new byte[max];
        utf8 = utf8[..Encoding.UTF8.GetBytes(placeKey, utf8)];
        var hash = SnapshotLayout.Hash(utf8);
        var data = _file.Span;
        var slots = data[(int)_sections.Slots..(int)_sections.Keys];
        for (var slot = (int)(hash & (uint)_slotMask); ; slot = (slot + 1) & _slotMask)
        {
            var at = slots[(slot * SnapshotLayout.SlotSize)..];
            var key = BinaryPrimitives.ReadInt32LittleEndian(at[4..]) - 1;
            if (key < 0)
            {
                return -1;
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(at) != hash)
            {
                continue;
            }

            var record = data[(int)(_sections.Keys + ((long)key * SnapshotLayout.KeySize))..];
            var bytes = data.Slice((int)_sections.Pool + BinaryPrimitives.ReadInt32LittleEndian(record), BinaryPrimitives.ReadInt32LittleEndian(record[4..]));
            if (bytes.SequenceEqual(utf8))
            {
                return key;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GazetteerEntry[] Answer(int key)
    {
        var data = _file.Span;
        var record = data[(int)(_sections.Keys + ((long)key * SnapshotLayout.KeySize))..];
        var first = BinaryPrimitives.ReadInt32LittleEndian(record[8..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(record[12..]);
        var answer = new GazetteerEntry[count];
        for (var i = 0; i < count; i++)
        {
            var place = SnapshotLayout.ReadInt(data, _sections.References + ((long)(first + i) * SnapshotLayout.ReferenceSize));
            answer[i] = _entries[place] ??= Entry(data, place);
        }

        return answer;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GazetteerEntry Entry(ReadOnlySpan<byte> data, int place)
    {
        var r = data[(int)(_sections.Places + ((long)place * SnapshotLayout.PlaceSize))..];
        return new GazetteerEntry(
            PlaceString(data, r, SnapshotLayout.IdAt)!,
            PlaceString(data, r, SnapshotLayout.NameAt)!,
            PlaceString(data, r, SnapshotLayout.CountryAt)!,
            PlaceString(data, r, SnapshotLayout.Admin1At),
            PlaceString(data, r, SnapshotLayout.Admin2At),
            BinaryPrimitives.ReadDoubleLittleEndian(r[SnapshotLayout.LatitudeAt..]),
            BinaryPrimitives.ReadDoubleLittleEndian(r[SnapshotLayout.LongitudeAt..]),
            BinaryPrimitives.ReadInt64LittleEndian(r[SnapshotLayout.PopulationAt..]),
            (char)BinaryPrimitives.ReadUInt16LittleEndian(r[SnapshotLayout.FeatureClassAt..]),
            PlaceString(data, r, SnapshotLayout.FeatureCodeAt)!,
            PlaceString(data, r, SnapshotLayout.SourceAt)!);
    }

    // Strings of places repeat (countries, regions, feature codes, sources): each is decoded once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? PlaceString(ReadOnlySpan<byte> data, ReadOnlySpan<byte> record, int field)
    {
        var number = BinaryPrimitives.ReadInt32LittleEndian(record[field..]);
        return number < 0 ? null : _placeStrings[number] ??= Encoding.UTF8.GetString(StringBytes(data, number));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> StringBytes(ReadOnlySpan<byte> data, int number)
    {
        var offsets = data[(int)(_sections.StringOffsets + ((long)number * SnapshotLayout.StringOffsetSize))..];
        var start = BinaryPrimitives.ReadInt32LittleEndian(offsets);
        var end = BinaryPrimitives.ReadInt32LittleEndian(offsets[4..]);
        return data.Slice((int)_sections.Pool + start, end - start);
    }

    private static string Show(string stamp) => stamp.Length == 0 ? "(none)" : stamp;
}
