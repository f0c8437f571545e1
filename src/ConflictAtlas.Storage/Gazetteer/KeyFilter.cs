namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// A Bloom filter over the name keys, stored in the gazetteer so that a lookup of a word that names no place
/// (most capitalised words of a report) is answered without a query. About 1% false positives at 10 bits a key.
/// </summary>
public sealed class KeyFilter
{
    private const int Hashes = 7;
    private readonly ulong[] _bits;

    private KeyFilter(ulong[] bits) => _bits = bits;

    public static KeyFilter Build(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var words = Math.Max(1, (keys.Count * 10 / 64) + 1);
        var filter = new KeyFilter(new ulong[words]);
        foreach (var key in keys)
        {
            filter.Add(key);
        }

        return filter;
    }

    public static KeyFilter FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bits = new ulong[bytes.Length / 8];
        Buffer.BlockCopy(bytes, 0, bits, 0, bits.Length * 8);
        return new KeyFilter(bits);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[_bits.Length * 8];
        Buffer.BlockCopy(_bits, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public bool MayContain(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (h1, h2) = Hash(key);
        var size = (ulong)_bits.Length * 64;
        for (var i = 0UL; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % size;
            if ((_bits[bit / 64] & (1UL << (int)(bit % 64))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string key)
    {
        var (h1, h2) = Hash(key);
        var size = (ulong)_bits.Length * 64;
        for (var i = 0UL; i < Hashes; i++)
        {
            var bit = (h1 + (i * h2)) % size;
            _bits[bit / 64] |= 1UL << (int)(bit % 64);
        }
    }

    // FNV-1a over the UTF-16 code units, split into two hashes for double hashing.
    private static (ulong, ulong) Hash(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        var h2 = (h >> 33) ^ (h * 0x9E3779B97F4A7C15UL);
        return (h, h2 | 1);
    }
}
