using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Feeds;

public sealed class FeedArticleReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Elmsley Gazette</title>
            <link>https://elmsley-gazette.example/</link>
            <language>en-gb</language>
            <image><title>Logo title</title></image>
            <item>
              <title>Ferry service &amp; timetable change</title>
              <link>https://elmsley-gazette.example/ferry</link>
              <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
              <dc:creator>Mara Quill</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The ferry &quot;Kestrel&quot; will sail twice a day.</p><div class="share">Share this</div><p>Harbourmaster Ilse Brandt said the change was overdue.</p>]]></content:encoded>
            </item>
            <item>
              <title>Summary only</title>
              <guid>https://elmsley-gazette.example/summary</guid>
              <pubDate>Wed, 06 Mar 2024 09:15:00 +0100</pubDate>
              <description>&lt;p&gt;Only a &lt;b&gt;summary&lt;/b&gt; here.&lt;/p&gt;</description>
            </item>
            <item><title>Empty</title></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_give_full_content_as_text_with_metadata()
    {
        // Given
        var path = _directory.Write("feed.rss", Rss);

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        var first = results[0].Article!;
        Assert.Equal("The ferry \"Kestrel\" will sail twice a day.\n\nHarbourmaster Ilse Brandt said the change was overdue.", first.Text);
        Assert.Equal("Ferry service & timetable change", first.Title);
        Assert.Equal("The Elmsley Gazette", first.Outlet);
        Assert.Equal("https://elmsley-gazette.example/ferry", first.Url);
        Assert.Equal(["Mara Quill"], first.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("en", first.Language);
        Assert.Equal($"{path}#1", first.Source);
        Assert.Equal("rss", first.Origin);

        var second = results[1].Article!;
        Assert.Equal("Only a summary here.", second.Text);
        Assert.Equal("https://elmsley-gazette.example/summary", second.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 9, 15, 0, TimeSpan.FromHours(1)), second.PublishedAt);

        Assert.Equal(new IngestError($"{path}#3", "item has no content or summary"), results[2].Error);
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public void Atom_entries_use_content_or_summary()
    {
        // Given
        var path = _directory.Write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title type="text">Le Phare du Nord</title>
              <entry>
                <title>Le port rouvre</title>
                <link rel="self" href="https://phare.example/self/1"/>
                <link rel="alternate" href="https://phare.example/port"/>
                <published>2024-05-02T07:30:00Z</published>
                <author><name>Lucie Vernet</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le port de Brevanne rouvre lundi.</p></div></content>
              </entry>
              <entry>
                <title>Brève</title>
                <updated>2024-05-03T07:30:00Z</updated>
                <summary type="text">Une brève en texte.</summary>
              </entry>
            </feed>
            """);

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal("Le port de Brevanne rouvre lundi.", first.Text);
        Assert.Equal("https://phare.example/port", first.Url);
        Assert.Equal(["Lucie Vernet"], first.Authors);
        Assert.Equal("Le Phare du Nord", first.Outlet);
        Assert.Equal("fr", first.Language);
        Assert.Equal("atom", first.Origin);
        Assert.Equal("Une brève en texte.", results[1].Article!.Text);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 7, 30, 0, TimeSpan.Zero), results[1].Article!.PublishedAt);
    }

    [Fact]
    public void Xml_file_is_read_as_a_feed_only_when_its_root_is_one()
    {
        // Given
        var feed = _directory.Write("walk/news.xml", Rss);
        _directory.Write("walk/sitemap.xml", "<?xml version=\"1.0\"?><!-- map --><urlset><url><loc>x</loc></urlset>");
        var sitemap = Path.Combine(_directory.Path, "walk", "sitemap.xml");

        // When
        var walked = ArticleReader.Default.Read([Path.Combine(_directory.Path, "walk")]).ToList();
        var named = Assert.Single(ArticleReader.Default.Read([sitemap]));

        // Then
        Assert.Equal(3, walked.Count);
        Assert.All(walked, r => Assert.StartsWith(feed, (r.Article?.Source ?? r.Error!.Source), StringComparison.Ordinal));
        Assert.Equal("not an RSS or Atom feed (root element <urlset>)", named.Error!.Reason);
    }

    [Fact]
    public void Malformed_xml_keeps_items_read_before_it()
    {
        // Given
        var path = _directory.Write("broken.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Good</title><description>Fine text.</description></item>
            <item><title>Bad</title><description>Unclosed
            </channel></rss>
            """);

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        Assert.Equal(2, results.Count);
        Assert.Equal("Fine text.", results[0].Article!.Text);
        Assert.StartsWith("invalid XML at line", results[1].Error!.Reason, StringComparison.Ordinal);
    }
}
