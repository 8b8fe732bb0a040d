using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Documents;

/// <summary>Computes the content-based identifier that makes ingestion idempotent.</summary>
public static class ArticleId
{
    /// <summary>
    /// Hashes the text with whitespace runs collapsed and case folded, plus the URL when there is one, so that the same
    /// article re-read with different line endings keeps its id.
    /// </summary>
    /// <returns>16 lower-case hex characters (64 bits of SHA-256).</returns>
    public static string Compute(string text, string? url)
    {
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalised.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                normalised.Append(' ');
                pendingSpace = false;
            }
            normalised.Append(char.ToLowerInvariant(c));
        }
        if (!string.IsNullOrEmpty(url))
        {
            normalised.Append('\n').Append(url.Trim());
        }
        var bytes = Encoding.UTF8.GetBytes(normalised.ToString());
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
