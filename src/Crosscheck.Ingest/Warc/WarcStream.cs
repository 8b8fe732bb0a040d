namespace Crosscheck.Ingest.Warc;

/// <summary>
/// A forward-only byte reader over a WARC stream that knows its position (in uncompressed bytes), reads bounded lines
/// and exact-length blocks. Read errors of the underlying stream (a truncated or corrupt gzip member) surface as
/// <see cref="IOException"/> or <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class WarcStream
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads from <paramref name="stream"/>.</summary>
    public WarcStream(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// Reads a line (without CRLF or LF) of at most <paramref name="maxLength"/> bytes into <paramref name="line"/>;
    /// a longer line is consumed to its end and returned cut. Returns false at the end of the stream.
    /// </summary>
    public bool TryReadLine(MemoryStream line, int maxLength)
    {
        line.SetLength(0);
        var any = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return any;
            }
            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            var room = (int)Math.Max(0, maxLength - line.Length);
            line.Write(span[..Math.Min(take, room)]);
            var consumed = newline < 0 ? take : take + 1;
            _start += consumed;
            Position += consumed;
            if (newline >= 0)
            {
                if (line.Length > 0 && line.GetBuffer()[line.Length - 1] == '\r')
                {
                    line.SetLength(line.Length - 1);
                }
                return true;
            }
        }
    }

    /// <summary>Copies up to <paramref name="count"/> bytes into <paramref name="target"/>; returns how many there were.</summary>
    public long Read(long count, MemoryStream target)
    {
        var done = 0L;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var take = (int)Math.Min(count - done, _end - _start);
            target.Write(_buffer, _start, take);
            _start += take;
            Position += take;
            done += take;
        }
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many there were.</summary>
    public long Skip(long count)
    {
        var done = 0L;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var take = (int)Math.Min(count - done, _end - _start);
            _start += take;
            Position += take;
            done += take;
        }
        return done;
    }

    private bool Fill()
    {
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
