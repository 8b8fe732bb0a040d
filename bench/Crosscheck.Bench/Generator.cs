using System.Text;
using Crosscheck.Stories;

namespace Crosscheck.Bench;

/// <summary>
/// Deterministic synthetic news: a Zipf-like vocabulary, articles of about 600 words written around events (each event
/// has its own 30 topic words and a few days of life), and planted copies of four kinds (verbatim, trimmed, extended,
/// lightly edited). Text is regenerated from the seed per article, so a million articles need no disk.
/// </summary>
internal sealed class Generator(int seed, int vocabulary = 50_000)
{
    private readonly string[] _words = MakeVocabulary(seed, vocabulary);

    /// <summary>Share of articles that copy an earlier one.</summary>
    public double CopyShare { get; init; } = 0.1;

    /// <summary>Articles per event, on average.</summary>
    public int ArticlesPerEvent { get; init; } = 8;

    /// <summary>The article at <paramref name="index"/> and the family (index of the article it copies, or itself).</summary>
    public (StoryInput Article, int Family, int Event) Article(int index, int words = 600)
    {
        var random = new Random(Seed(seed, 1, index));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Copies point back up to 200 articles (hours, at 1,000 articles a day).
        if (index > 200 && random.NextDouble() < CopyShare)
        {
            var source = index - 1 - random.Next(200);
            var (original, family, eventId) = Article(source, words);
            if (family != source)
            {
                return (original with { Id = Id(index), Outlet = "outlet" + random.Next(500) }, family, eventId);
            }
            var paragraphs = original.Text.Split("\n\n").ToList();
            switch (random.Next(4))
            {
                case 1:
                    paragraphs.RemoveRange(paragraphs.Count - 2, 2);
                    break;
                case 2:
                    paragraphs.Add(Paragraph(random, 60, EventWords(eventId)));
                    break;
                case 3:
                    paragraphs = [.. paragraphs.Select(p => Edit(random, p))];
                    break;
            }
            return (new StoryInput(Id(index), original.Title, string.Join("\n\n", paragraphs), "outlet" + random.Next(500), start.AddMinutes(index * 1.44)), family, eventId);
        }
        var ev = index / ArticlesPerEvent + random.Next(3) - 1;
        var topic = EventWords(Math.Max(0, ev));
        var body = new StringBuilder();
        for (var written = 0; written < words; written += 50)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }
            body.Append(Paragraph(random, 50, topic));
        }
        var title = Paragraph(random, 8, topic);
        return (new StoryInput(Id(index), title, body.ToString(), "outlet" + random.Next(500), start.AddMinutes(index * 1.44)), index, Math.Max(0, ev));
    }

    /// <summary>
    /// A seed from the inputs, the same in every process (HashCode.Combine is randomised per process, which made the
    /// corpus, and so the planted-copy count, differ from run to run).
    /// </summary>
    private static int Seed(int seed, int stream, int index)
    {
        var x = ((ulong)(uint)seed << 32 | (uint)index) ^ ((ulong)stream * 0x9E3779B97F4A7C15UL);
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (int)x & int.MaxValue;
    }

    private static string Id(int index) => "g" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private string[] EventWords(int eventId)
    {
        var random = new Random(Seed(seed, 2, eventId));
        var topic = new string[30];
        for (var i = 0; i < topic.Length; i++)
        {
            topic[i] = _words[2000 + random.Next(_words.Length - 2000)];
        }
        return topic;
    }

    private string Paragraph(Random random, int words, string[] topic)
    {
        var text = new StringBuilder(words * 8);
        for (var w = 0; w < words; w++)
        {
            // One word in five is the event's own; the rest follow a skewed general vocabulary.
            var word = random.Next(5) == 0 ? topic[random.Next(topic.Length)] : _words[(int)(Math.Pow(random.NextDouble(), 3) * _words.Length)];
            text.Append(word).Append(w % 15 == 14 ? ". " : " ");
        }
        return text.ToString().TrimEnd();
    }

    private string Edit(Random random, string paragraph)
    {
        var words = paragraph.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.Next(100) == 0)
            {
                words[i] = _words[random.Next(_words.Length)];
            }
        }
        return string.Join(' ', words);
    }

    private static string[] MakeVocabulary(int seed, int size)
    {
        var random = new Random(seed);
        var words = new string[size];
        for (var i = 0; i < size; i++)
        {
            var length = 3 + random.Next(8);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = (char)('a' + random.Next(26));
            }
            words[i] = new string(chars);
        }
        return words;
    }
}
