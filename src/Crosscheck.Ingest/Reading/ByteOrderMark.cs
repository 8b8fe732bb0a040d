using System.Text;

namespace Crosscheck.Ingest.Reading;

/// <summary>Recognises a leading byte order mark.</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding a leading BOM announces, or null when there is none.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="length">How many bytes the BOM takes.</param>
    public static Encoding? Detect(ReadOnlySpan<byte> content, out int length)
    {
        // UTF-32 LE starts with the UTF-16 LE mark, so it is tested first.
        if (content is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            length = 4;
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        }
        if (content is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            length = 4;
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        }
        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            length = 3;
            return Encoding.UTF8;
        }
        if (content is [0xFF, 0xFE, ..])
        {
            length = 2;
            return Encoding.Unicode;
        }
        if (content is [0xFE, 0xFF, ..])
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }
        length = 0;
        return null;
    }

    /// <summary>Whether the encoding uses more than one byte per ASCII character, so NUL bytes are expected.</summary>
    public static bool IsWide(Encoding encoding) => encoding is UnicodeEncoding or UTF32Encoding;
}
