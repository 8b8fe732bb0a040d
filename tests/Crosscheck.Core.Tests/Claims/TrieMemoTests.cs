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
}
