using System.IO.MemoryMappedFiles;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// A read-only file mapped into memory and seen as one span of bytes: pages are read by the operating system when
/// first touched, and every access through <see cref="Span"/> is bounds-checked.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private bool _disposed;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        _file = file;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return new ReadOnlySpan<byte>(_pointer, Length);
        }
    }

    /// <summary>Maps the whole file; it must be non-empty and under 2 GB.</summary>
    public static MappedFile Open(string path)
    {
        // FileShare.Delete: the builder may move a new file over this one while it is mapped.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            if (stream.Length is 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"{path} has {stream.Length} bytes");
            }

            var length = (int)stream.Length;
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
                return new MappedFile(file, view, length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
