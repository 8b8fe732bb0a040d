using System.Text;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Text;

/// <summary>Decodes a text file: a BOM chooses UTF-8 or UTF-16/32, otherwise the bytes must be valid UTF-8.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="content"/> without its BOM; returns false when it is not valid UTF-8.</summary>
    public static bool TryDecode(byte[] content, out string text)
    {
        var bomEncoding = ByteOrderMark.Detect(content, out var bomLength);
        var encoding = bomEncoding is null or UTF8Encoding ? StrictUtf8 : bomEncoding;
        try
        {
            text = encoding.GetString(content, bomLength, content.Length - bomLength);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
