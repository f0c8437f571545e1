using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>Writes the snapshot of a gazetteer database (layout: <see cref="SnapshotLayout"/>).</summary>
internal static class SnapshotWriter
{
    /// <summary>Writes the snapshot of <paramref name="connection"/>'s gazetteer beside <paramref name="path"/>, then moves it over.</summary>
    public static void Write(SqliteConnection connection, string path, string stamp)
    {
        var strings = new StringTable();
        var places = new List<PlaceRecord>();
        var indexOfRow = new Dictionary<long, int>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT " + SqliteGazetteer.PlaceColumns + " FROM places p ORDER BY p.id";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var entry = SqliteGazetteer.ReadEntry(reader);
                indexOfRow[reader.GetInt64(0)] = places.Count;
                places.Add(new PlaceRecord(
                    entry.Latitude, entry.Longitude, entry.Population, entry.FeatureClass,
                    strings.Add(entry.Id), strings.Add(entry.Name), strings.Add(entry.CountryIso2), strings.Add(entry.Admin1),
                    strings.Add(entry.Admin2), strings.Add(entry.FeatureCode), strings.Add(entry.Source)));
            }
        }

        var keys = new List<(string Key, int First, int Count)>();
        var references = new List<int>();
        using (var cmd = connection.CreateCommand())
        {
            // The (key, place_id) index answers in key order, places of a key in row order, as a key query does.
            cmd.CommandText = "SELECT key, place_id FROM names ORDER BY key, place_id";
            using var reader = cmd.ExecuteReader();
            string? current = null;
            var first = 0;
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (!string.Equals(key, current, StringComparison.Ordinal))
                {
                    if (current is not null)
                    {
                        keys.Add((current, first, references.Count - first));
                    }

                    current = key;
                    first = references.Count;
                }

                if (indexOfRow.TryGetValue(reader.GetInt64(1), out var place))
                {
                    references.Add(place);
                }
            }

            if (current is not null)
            {
                keys.Add((current, first, references.Count - first));
            }
        }

        var placeStrings = strings.Count;
        var offsets = strings.Offsets.ToArray();
        var keyBytes = keys.Select(k => strings.AddBytes(k.Key)).ToArray();
        var slotCount = 1;
        while (slotCount < keys.Count * 2)
        {
            slotCount *= 2;
        }

        var sections = SnapshotLayout.Sections.For(places.Count, slotCount, keys.Count, references.Count, placeStrings);
        var pool = strings.Pool;
        var length = checked((int)(sections.Pool + pool.Length));
        var data = new byte[length];
        var span = data.AsSpan();
        SnapshotLayout.Magic.CopyTo(span);
        Put(span, SnapshotLayout.VersionAt, SnapshotLayout.Version);
        Put(span, SnapshotLayout.HeaderSizeAt, SnapshotLayout.HeaderSize);
        Put(span, SnapshotLayout.PlaceCountAt, places.Count);
        Put(span, SnapshotLayout.KeyCountAt, keys.Count);
        Put(span, SnapshotLayout.ReferenceCountAt, references.Count);
        Put(span, SnapshotLayout.SlotCountAt, slotCount);
        Put(span, SnapshotLayout.StringCountAt, placeStrings);
        SnapshotLayout.EncodeStamp(stamp).CopyTo(span[SnapshotLayout.StampAt..]);
        BinaryPrimitives.WriteInt64LittleEndian(span[SnapshotLayout.FileLengthAt..], length);

        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            var at = span[(int)(sections.Places + ((long)i * SnapshotLayout.PlaceSize))..];
            BinaryPrimitives.WriteDoubleLittleEndian(at[SnapshotLayout.LatitudeAt..], p.Latitude);
            BinaryPrimitives.WriteDoubleLittleEndian(at[SnapshotLayout.LongitudeAt..], p.Longitude);
            BinaryPrimitives.WriteInt64LittleEndian(at[SnapshotLayout.PopulationAt..], p.Population);
            Put(at, SnapshotLayout.IdAt, p.Id);
            Put(at, SnapshotLayout.NameAt, p.Name);
            Put(at, SnapshotLayout.CountryAt, p.Country);
            Put(at, SnapshotLayout.Admin1At, p.Admin1);
            Put(at, SnapshotLayout.Admin2At, p.Admin2);
            Put(at, SnapshotLayout.FeatureCodeAt, p.FeatureCode);
            Put(at, SnapshotLayout.SourceAt, p.Source);
            BinaryPrimitives.WriteUInt16LittleEndian(at[SnapshotLayout.FeatureClassAt..], p.FeatureClass);
        }

        var slots = span.Slice((int)sections.Slots, slotCount * SnapshotLayout.SlotSize);
        for (var k = 0; k < keys.Count; k++)
        {
            var (_, first, count) = keys[k];
            var (offset, size) = keyBytes[k];
            var hash = SnapshotLayout.Hash(strings.Pool.Slice(offset, size));
            var at = span[(int)(sections.Keys + ((long)k * SnapshotLayout.KeySize))..];
            Put(at, 0, offset);
            Put(at, 4, size);
            Put(at, 8, first);
            Put(at, 12, count);
            var slot = (int)(hash & (uint)(slotCount - 1));
            while (BinaryPrimitives.ReadInt32LittleEndian(slots[((slot * SnapshotLayout.SlotSize) + 4)..]) != 0)
            {
                slot = (slot + 1) & (slotCount - 1);
            }

            BinaryPrimitives.WriteUInt32LittleEndian(slots[(slot * SnapshotLayout.SlotSize)..], hash);
            Put(slots, (slot * SnapshotLayout.SlotSize) + 4, k + 1);
        }

        for (var r = 0; r < references.Count; r++)
        {
            Put(span, (int)sections.References + (r * SnapshotLayout.ReferenceSize), references[r]);
        }

        for (var s = 0; s < offsets.Length; s++)
        {
            Put(span, (int)sections.StringOffsets + (s * SnapshotLayout.StringOffsetSize), offsets[s]);
        }

        pool.CopyTo(span[(int)sections.Pool..]);
        BinaryPrimitives.WriteUInt64LittleEndian(span[SnapshotLayout.BodyHashAt..], XxHash3.HashToUInt64(span[SnapshotLayout.HeaderSize..]));

        var temp = path + ".tmp";
        File.WriteAllBytes(temp, data);
        File.Move(temp, path, overwrite: true);
    }

    private static void Put(Span<byte> span, int at, int value) => BinaryPrimitives.WriteInt32LittleEndian(span[at..], value);

    private readonly record struct PlaceRecord(
        double Latitude, double Longitude, long Population, char FeatureClass,
        int Id, int Name, int Country, int Admin1, int Admin2, int FeatureCode, int Source);

    /// <summary>Distinct strings, numbered in the order first seen, as UTF-8 in one pool.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<int> _offsets = [0];
        private readonly ArrayBufferWriter<byte> _pool = new();

        public int Count => _numbers.Count;

        public ReadOnlySpan<byte> Pool => _pool.WrittenSpan;

        public IReadOnlyList<int> Offsets => _offsets;

        /// <summary>Bytes of a string added to the pool without a number: (offset, length).</summary>
        public (int Offset, int Length) AddBytes(string value)
        {
            var offset = _pool.WrittenCount;
            Encoding.UTF8.GetBytes(value.AsSpan(), _pool);
            return (offset, _pool.WrittenCount - offset);
        }

        public int Add(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (_numbers.TryGetValue(value, out var number))
            {
                return number;
            }

            number = _numbers.Count;
            _numbers[value] = number;
            Encoding.UTF8.GetBytes(value.AsSpan(), _pool);
            _offsets.Add(_pool.WrittenCount);
            return number;
        }
    }
}
