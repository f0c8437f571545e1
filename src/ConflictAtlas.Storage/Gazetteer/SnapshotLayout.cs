using System.Buffers.Binary;
using System.Text;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// The byte layout of the gazetteer snapshot (<c>gazetteer.keys</c>), little-endian throughout:
/// <list type="number">
/// <item>header (<see cref="HeaderSize"/> bytes): magic, format version, counts, the build stamp of the database it
/// was written from, the offset of each section, the file length and an XxHash3 of everything after the header;</item>
/// <item>places: one <see cref="PlaceSize"/>-byte record per place (latitude, longitude, population, feature class
/// and the string numbers of id, name, country, admin1, admin2, feature code and source; -1 for none);</item>
/// <item>slots: an open-addressing hash table (a power of two, at most half full, linear probing) of
/// <see cref="SlotSize"/>-byte slots: the key's hash, then its number + 1 (0 when the slot is empty);</item>
/// <item>keys: one <see cref="KeySize"/>-byte record per key (pool offset and length of its UTF-8 bytes, first
/// reference, reference count);</item>
/// <item>references: place numbers, grouped by key, in place-row order (the order SQLite answers in);</item>
/// <item>strings of places: <c>count + 1</c> offsets into the pool, then the pool of UTF-8 bytes (strings of places,
/// each once, then the bytes of every key).</item>
/// </list>
/// A lookup of a missing key reads one slot (rarely two); a hit reads a slot, a key record and the key's bytes.
/// </summary>
internal static class SnapshotLayout
{
    public const int Version = 1;
    public const int HeaderSize = 128;
    public const int PlaceSize = 56;
    public const int KeySize = 16;
    public const int SlotSize = 8;
    public const int ReferenceSize = 4;
    public const int StringOffsetSize = 4;

    // Header fields (byte offsets).
    public const int MagicAt = 0;
    public const int VersionAt = 8;
    public const int HeaderSizeAt = 12;
    public const int PlaceCountAt = 16;
    public const int KeyCountAt = 20;
    public const int ReferenceCountAt = 24;
    public const int SlotCountAt = 28;
    public const int StringCountAt = 32;
    public const int StampAt = 40;
    public const int StampLength = 32;
    public const int FileLengthAt = 72;
    public const int BodyHashAt = 80;

    // Place record fields (byte offsets inside a record).
    public const int LatitudeAt = 0;
    public const int LongitudeAt = 8;
    public const int PopulationAt = 16;
    public const int IdAt = 24;
    public const int NameAt = 28;
    public const int CountryAt = 32;
    public const int Admin1At = 36;
    public const int Admin2At = 40;
    public const int FeatureCodeAt = 44;
    public const int SourceAt = 48;
    public const int FeatureClassAt = 52;

    public static ReadOnlySpan<byte> Magic => "CAGAZKEY"u8;

    /// <summary>The offsets of the sections, derived from the counts (a reader checks them against the file length).</summary>
    public readonly record struct Sections(long Places, long Slots, long Keys, long References, long StringOffsets, long Pool)
    {
        public static Sections For(int places, int slots, int keys, int references, int strings)
        {
            long at = HeaderSize;
            var p = at;
            at += (long)places * PlaceSize;
            var s = at;
            at += (long)slots * SlotSize;
            var k = at;
            at += (long)keys * KeySize;
            var r = at;
            at += (long)references * ReferenceSize;
            var o = at;
            at += ((long)strings + 1) * StringOffsetSize;
            return new Sections(p, s, k, r, o, at);
        }
    }

    /// <summary>FNV-1a over the UTF-8 bytes of a key, finished with a multiply-xorshift so that low bits mix well.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var h = 2166136261u;
        foreach (var b in utf8)
        {
            h = (h ^ b) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }

    /// <summary>The stamp field: the database's build stamp in ASCII, padded with zeros.</summary>
    public static byte[] EncodeStamp(string stamp)
    {
        var bytes = new byte[StampLength];
        if (Encoding.ASCII.GetByteCount(stamp) > StampLength)
        {
            throw new ArgumentException($"build stamp longer than {StampLength} characters", nameof(stamp));
        }

        Encoding.ASCII.GetBytes(stamp, bytes);
        return bytes;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int ReadInt(ReadOnlySpan<byte> data, long at) => BinaryPrimitives.ReadInt32LittleEndian(data.Slice(checked((int)at), 4));
}
