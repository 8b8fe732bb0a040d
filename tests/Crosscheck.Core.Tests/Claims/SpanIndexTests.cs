using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Claims;

public sealed class SpanIndexTests
{
    [Fact]
    public void Sweeping_the_token_starts_answers_as_asking_for_each_start()
    {
        // Given overlapping, touching and separate spans, and tokens starting at every offset from 0 to 60 (and one out of
        // order at the end)
        var index = new SpanIndex([new TextSpan(3, 4), new TextSpan(5, 6), new TextSpan(20, 5), new TextSpan(25, 3), new TextSpan(40, 1), new TextSpan(58, 10)]);
        var tokens = Enumerable.Range(0, 61).Select(i => new Token(new TextSpan(i, 1), TokenKind.Word)).Append(new Token(new TextSpan(21, 1), TokenKind.Word)).ToArray();

        // When the starts are swept at once
        var swept = new bool[tokens.Length];
        index.ContainsStarts(tokens, swept);

        // Then each answer is the one Contains gives
        Assert.Equal(tokens.Select(t => index.Contains(t.Span.Start)), swept);
        Assert.Contains(true, swept);
        Assert.Contains(false, swept);
    }
}
