using System.Text;
using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.Stories;

/// <summary>A seeded corpus of made-up articles with planted copies: verbatim, trimmed, extended and lightly edited.</summary>
internal sealed class PlantedCopies
{
    private readonly Random _random;
    private readonly string[] _vocabulary;

    public PlantedCopies(int seed, int vocabulary = 5000)
    {
        _random = new Random(seed);
        _vocabulary = new string[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            var length = 3 + _random.Next(7);
            var word = new char[length];
            for (var c = 0; c < length; c++)
            {
                word[c] = (char)('a' + _random.Next(26));
            }
            _vocabulary[i] = new string(word);
        }
    }

    public List<StoryInput> Articles { get; } = [];

    /// <summary>The family (original's index) of each article.</summary>
    public List<int> Family { get; } = [];

    public void Generate(int originals, int copies, int words = 300)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var bodies = new List<List<string>>();
        for (var i = 0; i < originals; i++)
        {
            var paragraphs = Paragraphs(words);
            bodies.Add(paragraphs);
            Add(paragraphs, start.AddMinutes(i * 10), i);
        }
        for (var c = 0; c < copies; c++)
        {
            var source = _random.Next(originals);
            var paragraphs = new List<string>(bodies[source]);
            switch (c % 4)
            {
                case 1:
                    paragraphs.RemoveRange(paragraphs.Count - 2, 2);
                    break;
                case 2:
                    paragraphs.Add(Paragraph(40));
                    break;
                case 3:
                    paragraphs = [.. paragraphs.Select(Edit)];
                    break;
            }
            Add(paragraphs, start.AddMinutes(originals * 10 + c), Family[source]);
        }
    }

    private void Add(List<string> paragraphs, DateTimeOffset time, int family)
    {
        Family.Add(family);
        Articles.Add(new StoryInput($"a{Articles.Count:D5}", "", string.Join("\n\n", paragraphs), $"outlet{Articles.Count % 17}", time));
    }

    private List<string> Paragraphs(int words)
    {
        var paragraphs = new List<string>();
        for (var written = 0; written < words; written += 30)
        {
            paragraphs.Add(Paragraph(30));
        }
        return paragraphs;
    }

    private string Paragraph(int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            // Squaring a uniform draw skews towards the first words, like the long tail of real vocabulary.
            var u = _random.NextDouble();
            text.Append(_vocabulary[(int)(u * u * _vocabulary.Length)]).Append(w % 12 == 11 ? ". " : " ");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Replaces about one word in a hundred: a copy editor's touch.</summary>
    private string Edit(string paragraph)
    {
        var words = paragraph.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (_random.Next(100) == 0)
            {
                words[i] = _vocabulary[_random.Next(_vocabulary.Length)];
            }
        }
        return string.Join(' ', words);
    }
}
