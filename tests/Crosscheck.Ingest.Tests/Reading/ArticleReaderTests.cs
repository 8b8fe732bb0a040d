using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static IngestError SingleError(IEnumerable<IngestResult> results)
    {
        var result = Assert.Single(results);
        Assert.Null(result.Article);
        return result.Error!;
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var path = Path.Combine(_directory.Path, "nowhere.txt");

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal(new IngestError(path, "file not found"), error);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.md", "  \n\t\r\n ")]
    [InlineData("blank.html", "\n\n")]
    public void Empty_or_whitespace_file_is_reported(string name, string content)
    {
        var path = _directory.Write(name, content);

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal("empty file", error.Reason);
    }

    [Fact]
    public void File_with_nul_bytes_is_binary()
    {
        var path = _directory.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x01, (byte)'a']);

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal("binary content, not text or HTML", error.Reason);
    }

    [Fact]
    public void File_full_of_control_characters_is_binary()
    {
        var bytes = new byte[1000];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 3 == 0 ? 0x01 : 'a');
        }
        var path = _directory.Write("data.md", bytes);

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal("binary content, not text or HTML", error.Reason);
    }

    [Fact]
    public void A_few_control_characters_do_not_make_text_binary()
    {
        var path = _directory.Write("form-feed.txt", "Page one.\fPage two.\u001b[0m");

        var result = Assert.Single(ArticleReader.Default.Read([path]));

        Assert.NotNull(result.Article);
    }

    [Theory]
    [InlineData("report.pdf", "unknown format '.pdf'")]
    [InlineData("README", "unknown format (no file extension)")]
    public void Explicitly_named_file_of_unknown_format_is_reported(string name, string reason)
    {
        var path = _directory.Write(name, "Some words that are not HTML.");

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Unreadable_file_is_reported()
    {
        // Given: tests may run as root, where no permission bit stops a read, so the read itself is made to fail
        var path = _directory.Write("locked.txt", "Text.");
        var reader = new ArticleReader(_ => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."));

        // When
        var error = SingleError(reader.Read([path]));

        // Then
        Assert.Equal(new IngestError(path, "cannot read: permission denied"), error);
    }

    [Fact]
    public void Io_failure_is_reported_with_its_reason()
    {
        var path = _directory.Write("flaky.txt", "Text.");
        var reader = new ArticleReader(_ => throw new IOException("Input/output error"));

        var error = SingleError(reader.Read([path]));

        Assert.Equal("cannot read: Input/output error", error.Reason);
    }

    [Fact]
    public void Permission_denied_is_reported_when_permissions_apply()
    {
        // Given
        var path = _directory.Write("private.txt", "Text.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(path, UnixFileMode.None);
        var readableAnyway = CanOpen(path);

        // When
        var result = Assert.Single(ArticleReader.Default.Read([path]));

        // Then: as root the file stays readable and must then be read like any other
        if (readableAnyway)
        {
            Assert.NotNull(result.Article);
        }
        else
        {
            Assert.Equal("cannot read: permission denied", result.Error?.Reason);
        }
    }

    [Fact]
    public void File_over_the_size_limit_is_refused()
    {
        // Given: a sparse file, so nothing is written to disk
        var path = Path.Combine(_directory.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ArticleReader.MaxFileBytes + 1);
        }

        // When
        var error = SingleError(ArticleReader.Default.Read([path]));

        // Then
        Assert.Equal("file too large (over the 50 MB limit)", error.Reason);
    }

    [Fact]
    public void Empty_path_is_an_error_not_an_exception()
    {
        var error = SingleError(ArticleReader.Default.Read([""]));

        Assert.Equal("", error.Source);
        Assert.NotEmpty(error.Reason);
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_batch()
    {
        // Given
        var good = _directory.Write("good.txt", "Good text.");
        var empty = _directory.Write("empty.txt", "");
        var missing = Path.Combine(_directory.Path, "missing.md");
        var other = _directory.Write("other.md", "Other text.");

        // When
        var results = ArticleReader.Default.Read([good, empty, missing, other]).ToList();

        // Then
        Assert.Equal(4, results.Count);
        Assert.Equal(good, results[0].Article?.Source);
        Assert.Equal("empty file", results[1].Error?.Reason);
        Assert.Equal("file not found", results[2].Error?.Reason);
        Assert.Equal(other, results[3].Article?.Source);
    }

    [Fact]
    public void Walks_directories_recursively_in_ordinal_order_and_skips_hidden_and_unknown_files()
    {
        // Given
        var root = Path.Combine(_directory.Path, "corpus");
        _directory.Write("corpus/b.txt", "B.");
        _directory.Write("corpus/a/z.md", "AZ.");
        _directory.Write("corpus/a/Y.html", "<html><body><p>AY.</p></body></html>");
        _directory.Write("corpus/C.txt", "C.");
        _directory.Write("corpus/notes.pdf", "not read");
        _directory.Write("corpus/page", "<!doctype html><p>not read either</p>");
        _directory.Write("corpus/.hidden.txt", "hidden");
        _directory.Write("corpus/.git/config.txt", "hidden dir");
        _directory.Write("corpus/d/empty.txt", "");

        // When
        var results = ArticleReader.Default.Read([root]).ToList();

        // Then: sources are joined from the directory as given
        string[] expected =
        [
            Path.Combine(root, "C.txt"),
            Path.Combine(root, "a", "Y.html"),
            Path.Combine(root, "a", "z.md"),
            Path.Combine(root, "b.txt"),
            Path.Combine(root, "d", "empty.txt"),
        ];
        Assert.Equal(expected, results.Select(r => r.Article?.Source ?? r.Error!.Source));
        Assert.Equal(["C.", "AY.", "AZ.", "B."], results.Where(r => r.Article is not null).Select(r => r.Article!.Text));
        Assert.Equal("empty file", results[4].Error?.Reason);
    }

    [Fact]
    public void Relative_directory_gives_relative_sources()
    {
        // Given
        _directory.Write("rel/one.txt", "One.");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_directory.Path, "rel"));

        // When
        var result = Assert.Single(ArticleReader.Default.Read([relative]));

        // Then
        Assert.Equal(Path.Combine(relative, "one.txt"), result.Article?.Source);
    }

    [Fact]
    public void Reads_lazily_and_honours_cancellation()
    {
        // Given
        var first = _directory.Write("1.txt", "One.");
        var second = _directory.Write("2.txt", "Two.");
        using var cancellation = new CancellationTokenSource();

        // When
        using var results = ArticleReader.Default.Read([first, second], cancellation.Token).GetEnumerator();
        Assert.True(results.MoveNext());
        cancellation.Cancel();

        // Then
        Assert.Throws<OperationCanceledException>(() => results.MoveNext());
    }

    [Fact]
    public void Huge_single_line_is_read()
    {
        var line = new string('a', 5_000_000);
        var path = _directory.Write("long.txt", line);

        var result = Assert.Single(ArticleReader.Default.Read([path]));

        Assert.Equal(line.Length, result.Article?.Text.Length);
        Assert.Equal("", result.Article?.Title);
    }

    [Fact]
    public void Never_throws_for_random_bytes()
    {
        // Given
        var random = new Random(42);
        var paths = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            if (i % 2 == 0)
            {
                // Printable noise gets past the binary test and into the decoders and parsers.
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] = (byte)(0x20 + (bytes[j] % 0x5F));
                }
            }
            paths.Add(_directory.Write($"noise{i}{(i % 4 < 2 ? ".html" : ".md")}", bytes));
        }

        // When
        var results = ArticleReader.Default.Read(paths).ToList();

        // Then
        Assert.Equal(paths.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Article is not null ^ r.Error is not null));
    }

    [Fact]
    public void Html_like_file_without_html_extension_is_not_sniffed_unless_it_opens_with_html()
    {
        var path = _directory.Write("snippet.xyz", "<p>Just a fragment.</p>");

        var error = SingleError(ArticleReader.Default.Read([path]));

        Assert.Equal("unknown format '.xyz'", error.Reason);
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
