namespace Crosscheck.Ingest.Reading;

/// <summary>
/// Splits a byte stream into lines of at most a fixed length without ever holding more than one line: an over-long
/// line is reported as such and skipped to its end, so one runaway line cannot exhaust memory.
/// </summary>
internal sealed class LineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads lines from <paramref name="stream"/>, refusing any longer than <paramref name="maxLineBytes"/>.</summary>
    public LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>
    /// Reads the next line without its terminator (LF or CRLF) into <paramref name="line"/>; returns false at the end.
    /// <paramref name="tooLong"/> is set, and the line left empty, when it exceeded the limit.
    /// </summary>
    public bool TryReadLine(MemoryStream line, out bool tooLong)
    {
        line.SetLength(0);
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    return any;
                }
                _start = 0;
                _end = _stream.Read(_buffer, 0, _buffer.Length);
                if (_end == 0)
                {
                    _eof = true;
                    return TrimCarriageReturn(line, any);
                }
            }
            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (!tooLong)
            {
                if (line.Length + take > _maxLineBytes)
                {
                    tooLong = true;
                    line.SetLength(0);
                }
                else
                {
                    line.Write(span[..take]);
                }
            }
            if (newline >= 0)
            {
                _start += newline + 1;
                return TrimCarriageReturn(line, true);
            }
            _start = _end;
        }
    }

    private static bool TrimCarriageReturn(MemoryStream line, bool result)
    {
        if (line.Length > 0 && line.GetBuffer()[line.Length - 1] == '\r')
        {
            line.SetLength(line.Length - 1);
        }
        return result;
    }
}
