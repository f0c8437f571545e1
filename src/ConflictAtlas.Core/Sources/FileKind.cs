using System.Runtime.InteropServices;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Tells regular files from the other things a folder can hold (named pipes, sockets, devices), which .NET lists as
/// files too: opening a named pipe to read it waits for a writer forever. On Linux the file type comes from
/// <c>statx(2)</c> (its layout is the same on every architecture); elsewhere every file counts as regular.
/// </summary>
public static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>The name of a file type for messages ("named pipe (FIFO)", "socket", ...), or null for a regular file
    /// (or anything whose type cannot be read, which reading will then report).</summary>
    public static string? NonRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            0x8000 => null,
            0x1000 => "named pipe (FIFO)",
            0xC000 => "socket",
            0x2000 => "character device",
            0x6000 => "block device",
            0x4000 => "folder",
            _ => "special file",
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
