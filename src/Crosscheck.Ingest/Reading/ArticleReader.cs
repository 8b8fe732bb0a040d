using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Crosscheck.Ingest.Feeds;
using Crosscheck.Ingest.Html;
using Crosscheck.Ingest.Jsonl;
using Crosscheck.Ingest.Text;
using Crosscheck.Ingest.Warc;

namespace Crosscheck.Ingest.Reading;

/// <summary>Reads articles from files and directories, choosing a reader per file; a bad file never stops the batch.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ArticleReader
{
    /// <summary>Files larger than this are refused rather than loaded into memory.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    private static readonly FrozenDictionary<string, IArticleFormat> FormatsByExtension = new Dictionary<string, IArticleFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = PlainTextReader.Text,
        [".text"] = PlainTextReader.Text,
        [".md"] = PlainTextReader.Markdown,
        [".markdown"] = PlainTextReader.Markdown,
        [".html"] = HtmlArticleReader.Instance,
        [".htm"] = HtmlArticleReader.Instance,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Formats holding many articles are streamed from disk (no size limit); ".gz" is undone on the way.
    private static readonly FrozenDictionary<string, IArticleStreamFormat> StreamFormatsByExtension = new Dictionary<string, IArticleStreamFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = JsonlArticleReader.Instance,
        [".ndjson"] = JsonlArticleReader.Instance,
        [".jsonl.gz"] = JsonlArticleReader.Instance,
        [".ndjson.gz"] = JsonlArticleReader.Instance,
        [".rss"] = FeedArticleReader.Instance,
        [".atom"] = FeedArticleReader.Instance,
        [".xml"] = FeedArticleReader.Instance,
        [".warc"] = WarcArticleReader.Instance,
        [".warc.gz"] = WarcArticleReader.Instance,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string TooLarge = $"file too large (over the {MaxFileBytes / (1024 * 1024)} MB limit)";

    private readonly Func<string, byte[]> _readAllBytes;

    /// <summary>Creates a reader with every built-in format.</summary>
    public ArticleReader()
        : this(File.ReadAllBytes)
    {
    }

    // Tests inject a failing file read: they run as root, where permissions cannot make a file unreadable.
    internal ArticleReader(Func<string, byte[]> readAllBytes)
    {
        _readAllBytes = readAllBytes;
    }

    /// <summary>A reader with every built-in format.</summary>
    public static ArticleReader Default { get; } = new();

    /// <summary>
    /// Reads every path in order; directories are walked recursively in ordinal name order. Missing, empty, binary,
    /// unreadable or unknown-format files yield a failure and the rest go on.
    /// </summary>
    /// <remarks>
    /// Inside a walked directory, hidden entries (a leading dot or the hidden attribute), linked directories and files
    /// of an unknown extension are skipped silently; only a file named explicitly reports an unknown format.
    /// </remarks>
    public IEnumerable<IngestResult> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                foreach (var result in Walk(path, cancellationToken))
                {
                    yield return result;
                }
            }
            else
            {
                foreach (var result in ReadPath(path, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>
    /// Reads one file, yielding every article it holds: one for text, Markdown and HTML; one per line, item or record
    /// for JSONL, RSS/Atom and WARC (optionally gzipped: <c>.jsonl.gz</c>, <c>.warc.gz</c>), which are streamed.
    /// </summary>
    public IEnumerable<IngestResult> ReadPath(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!StreamFormatsByExtension.TryGetValue(Extension(path), out _))
        {
            return [ReadFile(path, cancellationToken)];
        }
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return [IngestResult.Failure(path, "file not found")];
        }
        catch (UnauthorizedAccessException)
        {
            return [IngestResult.Failure(path, "cannot read: permission denied")];
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return [IngestResult.Failure(path, $"cannot read: {ex.Message}")];
        }
        return ReadOwnedStream(path, file, cancellationToken);
    }

    /// <summary>
    /// Reads articles from a stream that came from <paramref name="source"/>: its extension chooses the format, and
    /// <c>-</c> (standard input) or a name without one is read as JSONL. The caller keeps ownership of the stream.
    /// </summary>
    public IEnumerable<IngestResult> ReadStream(string source, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        var extension = Extension(source);
        if (source == "-" || extension.Length == 0)
        {
            return JsonlArticleReader.Instance.Read(source, stream, cancellationToken);
        }
        if (StreamFormatsByExtension.TryGetValue(extension, out var format))
        {
            return ReadDecompressed(source, extension, format, stream, cancellationToken);
        }
        return [ReadContent(source, ReadBounded(stream), cancellationToken)];
    }

    /// <summary>Reads one file; for a format holding many articles, the first article (or failure) it holds.</summary>
    /// <remarks>The format comes from the extension, or from the content for HTML.</remarks>
    public IngestResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        if (StreamFormatsByExtension.ContainsKey(Extension(path)))
        {
            return ReadPath(path, cancellationToken).First();
        }
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return IngestResult.Failure(path, "file not found");
            }
            if (info.Length > MaxFileBytes)
            {
                return IngestResult.Failure(path, TooLarge);
            }
            content = _readAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return IngestResult.Failure(path, "cannot read: permission denied");
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return IngestResult.Failure(path, $"cannot read: {ex.Message}");
        }
        return ReadContent(path, content, cancellationToken);
    }

    /// <summary>
    /// Reads content that came from <paramref name="source"/> (a path or URL whose extension chooses the format; HTML is
    /// also recognised by its opening tag).
    /// </summary>
    public IngestResult ReadContent(string source, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        if (content.Length == 0)
        {
            return IngestResult.Failure(source, "empty file");
        }
        if (content.LongLength > MaxFileBytes)
        {
            return IngestResult.Failure(source, TooLarge);
        }

        var bomEncoding = ByteOrderMark.Detect(content, out var bomLength);
        var preview = DecodePreview(content, bomEncoding, bomLength);
        var binary = bomEncoding is not null && ByteOrderMark.IsWide(bomEncoding)
            ? ContentSniffer.IsBinary(preview)
            : ContentSniffer.IsBinary(content);

        var extension = Extension(source);
        if (StreamFormatsByExtension.TryGetValue(extension, out var streamFormat))
        {
            using var memory = new MemoryStream(content, writable: false);
            return ReadDecompressed(source, extension, streamFormat, memory, cancellationToken).First();
        }
        if (!FormatsByExtension.TryGetValue(extension, out var format))
        {
            if (binary || !ContentSniffer.LooksLikeHtml(preview))
            {
                return IngestResult.Failure(source, extension.Length == 0 ? "unknown format (no file extension)" : $"unknown format '{extension}'");
            }
            format = HtmlArticleReader.Instance;
        }
        if (binary)
        {
            return IngestResult.Failure(source, "binary content, not text or HTML");
        }
        return format.Read(source, content, cancellationToken);
    }

    /// <summary>Reads text that came from <paramref name="source"/>, as if it were a UTF-8 file with that name.</summary>
    public IngestResult ReadString(string source, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ReadContent(source, Encoding.UTF8.GetBytes(content), cancellationToken);
    }

    /// <summary>Whether files with this extension (".md", ".warc.gz") are read when walking a directory.</summary>
    public static bool IsKnownExtension(string extension) =>
        FormatsByExtension.ContainsKey(extension) || StreamFormatsByExtension.ContainsKey(extension);

    private static IEnumerable<IngestResult> ReadOwnedStream(string source, Stream file, CancellationToken cancellationToken)
    {
        using (file)
        {
            var extension = Extension(source);
            foreach (var result in ReadDecompressed(source, extension, StreamFormatsByExtension[extension], file, cancellationToken))
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<IngestResult> ReadDecompressed(
        string source, string extension, IArticleStreamFormat format, Stream stream, CancellationToken cancellationToken)
    {
        if (!extension.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return format.Read(source, stream, cancellationToken);
        }
        return ReadGzip(source, format, stream, cancellationToken);
    }

    private static IEnumerable<IngestResult> ReadGzip(string source, IArticleStreamFormat format, Stream stream, CancellationToken cancellationToken)
    {
        // GZipStream reads every member of a multi-member file (one per WARC record) in sequence.
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        foreach (var result in format.Read(source, gzip, cancellationToken))
        {
            yield return result;
        }
    }

    private static byte[] ReadBounded(Stream stream)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxFileBytes)
            {
                // Anything over the limit is refused by ReadContent; one byte past it is enough to say so.
                memory.Write(buffer, 0, read);
                break;
            }
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }

    private IEnumerable<IngestResult> Walk(string directory, CancellationToken cancellationToken)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (UnauthorizedAccessException)
        {
            return [IngestResult.Failure(directory, "cannot read: permission denied")];
        }
        catch (IOException ex)
        {
            return [IngestResult.Failure(directory, $"cannot read: {ex.Message}")];
        }
        Array.Sort(entries, StringComparer.Ordinal);
        return WalkEntries(entries, cancellationToken);
    }

    private IEnumerable<IngestResult> WalkEntries(string[] entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Path.GetFileName(entry.AsSpan()).StartsWith('.'))
            {
                continue;
            }
            FileSystemInfo info = Directory.Exists(entry) ? new DirectoryInfo(entry) : new FileInfo(entry);
            FileAttributes attributes;
            try
            {
                attributes = info.Attributes;
            }
            catch (IOException)
            {
                continue;
            }
            if ((attributes & FileAttributes.Hidden) != 0)
            {
                continue;
            }
            if (info is DirectoryInfo)
            {
                // A linked directory may point at an ancestor; not following links keeps the walk finite.
                if ((attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }
                foreach (var result in Walk(entry, cancellationToken))
                {
                    yield return result;
                }
            }
            else if (IsKnownExtension(Extension(entry)) && (!Extension(entry).Equals(".xml", StringComparison.OrdinalIgnoreCase) || FeedSniffer.IsFeed(entry)))
            {
                // An .xml file in a walked folder is read only when it is a feed; sitemaps and configs are left alone.
                foreach (var result in ReadPath(entry, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    private static string Extension(string source)
    {
        // A URL's query or fragment must not hide its extension ("page.html?id=3").
        var span = source.AsSpan();
        var cut = span.IndexOfAny('?', '#');
        if (cut >= 0 && source.Contains("://", StringComparison.Ordinal))
        {
            span = span[..cut];
        }
        var extension = Path.GetExtension(span);
        if (extension.Equals(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var inner = Path.GetExtension(span[..^extension.Length]);
            if (inner.Length > 0)
            {
                return string.Concat(inner, extension);
            }
        }
        return extension.ToString();
    }

    private static string DecodePreview(byte[] content, Encoding? bomEncoding, int bomLength)
    {
        var length = Math.Min(content.Length - bomLength, ContentSniffer.SampleSize);
        return (bomEncoding ?? Encoding.UTF8).GetString(content, bomLength, length);
    }
}
