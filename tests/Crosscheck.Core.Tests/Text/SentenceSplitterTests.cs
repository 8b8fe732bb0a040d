using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Spans_index_the_original_text_and_are_trimmed()
    {
        // Given text with surrounding whitespace
        const string text = "  One here.   Two there.  \n";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then each span covers exactly its sentence
        Assert.Equal(2, sentences.Count);
        Assert.Equal(new Crosscheck.Documents.TextSpan(2, 9), sentences[0].Span);
        Assert.Equal("Two there.", sentences[1].Span.Substring(text));
        Assert.Equal([0, 1], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Empty_and_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n\n \t"));
    }

    [Fact]
    public void Paragraph_numbers_do_not_skip_for_repeated_blank_lines()
    {
        // Given paragraphs separated by several blank lines
        const string text = "A first one.\n\n\n\nA second one.\r\n\r\nA third one.";

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then paragraphs count up by one
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Long_text_splits_in_linear_time()
    {
        // Given a long text of many short sentences without whitespace surprises
        var text = string.Concat(Enumerable.Repeat("Mr. Vidric said no... \"Why?\" he asked. ", 20_000));

        // When it is split
        var sentences = SentenceSplitter.Split(text);

        // Then every repetition yields the same two sentences
        Assert.Equal(40_000, sentences.Count);
    }
}
