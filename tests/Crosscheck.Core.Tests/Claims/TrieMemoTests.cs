using Crosscheck.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class TrieMemoTests
{
    [Fact]
    public void Remembers_every_answer_across_growth_and_knows_nothing_else()
    {
        // Given a memo sized for a few answers, then given many more (node 0 and type 0 included)
        var memo = new TrieMemo(4);
        for (var node = 0; node < 50; node++)
        {
            for (var type = 0; type < 40; type++)
            {
                memo.Add(node, type, (node * 7 + type) % 5 == 0 ? -1 : node * 1000 + type);
            }
        }

        // Then each pair gives back its child (-1 included), and unseen pairs are unknown
        for (var node = 0; node < 50; node++)
        {
            for (var type = 0; type < 40; type++)
            {
                Assert.True(memo.TryGet(node, type, out var child));
                Assert.Equal((node * 7 + type) % 5 == 0 ? -1 : node * 1000 + type, child);
            }
        }
        Assert.False(memo.TryGet(50, 0, out _));
        Assert.False(memo.TryGet(0, 40, out _));
    }

    [Fact]
    public void After_a_reset_for_a_smaller_text_it_knows_only_the_new_answers_across_growth()
    {
        // Given a memo filled for a large text (so its arrays are large)
        var memo = new TrieMemo(600);
        for (var node = 1; node < 40; node++)
        {
            for (var type = 0; type < 30; type++)
            {
                memo.Add(node, type, node + type);
            }
        }

        // When it is reset for a small text and given more answers than that text's size, so it grows
        memo.Reset(10);
        for (var type = 0; type < 200; type++)
        {
            memo.Add(3, type + 100, -1 - (type % 2));
        }

        // Then it gives back the new answers, and none of the large text's
        for (var type = 0; type < 200; type++)
        {
            Assert.True(memo.TryGet(3, type + 100, out var child));
            Assert.Equal(-1 - (type % 2), child);
        }
        for (var node = 1; node < 40; node++)
        {
            for (var type = 0; type < 30; type++)
            {
                Assert.False(memo.TryGet(node, type, out _));
            }
        }
    }
}
