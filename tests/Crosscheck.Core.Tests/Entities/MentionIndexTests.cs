using Crosscheck.Documents;
using Crosscheck.Entities;

namespace Crosscheck.Core.Tests.Entities;

public sealed class MentionIndexTests
{
    private static readonly Mention Vidric = new(new TextSpan(10, 16), "Aleksandar Vidric", EntityKind.Person, "Aleksandar Vidric");
    private static readonly Mention Belgrade = new(new TextSpan(30, 8), "Belgrade", EntityKind.Place, "Belgrade");
    private static readonly Mention Hill = new(new TextSpan(50, 4), "Hill", EntityKind.Person, "Christopher Hill", MentionForm.Alias);
    private static readonly Mention HillFull = new(new TextSpan(70, 16), "Christopher Hill", EntityKind.Person, "Christopher Hill");
    private static readonly MentionIndex Index = new([Vidric, Belgrade, Hill, HillFull]);

    [Fact]
    public void Finds_the_last_person_before_an_offset()
    {
        Assert.Null(Index.LastPersonBefore(10));
        Assert.Same(Vidric, Index.LastPersonBefore(26));
        Assert.Same(Vidric, Index.LastPersonBefore(52));
        Assert.Same(Hill, Index.LastPersonBefore(60));
    }

    [Fact]
    public void Finds_the_mention_at_an_offset()
    {
        Assert.Same(Belgrade, Index.At(33));
        Assert.Null(Index.At(40));
        Assert.Null(Index.At(0));
    }

    [Fact]
    public void Prefers_the_full_name_mention_for_a_key()
    {
        Assert.Same(HillFull, Index.PersonByKey("Christopher Hill"));
        Assert.Null(Index.PersonByKey("Belgrade"));
        Assert.Same(Belgrade, Index.ByKey("Belgrade"));
        Assert.Null(Index.ByKey("Nobody"));
    }

    [Fact]
    public void Lists_mentions_within_a_span()
    {
        Assert.Equal([Belgrade, Hill], Index.Within(TextSpan.FromBounds(26, 60)));
        Assert.Empty(Index.Within(TextSpan.FromBounds(0, 5)));
    }

    [Fact]
    public void Skips_people_of_the_other_gender_for_a_gendered_pronoun()
    {
        // Given a woman (by given name), a man (by title) and a person of unknown gender
        var ana = new Mention(new TextSpan(0, 11), "Ana Brnolic", EntityKind.Person, "Ana Brnolic");
        var hill = new Mention(new TextSpan(20, 4), "Hill", EntityKind.Person, "Hill") { Title = "Mr." };
        var index = new MentionIndex([ana, hill]);

        // When the last person before "she" and "he" is wanted
        var she = index.LastPersonBefore(30, PersonGender.Female);
        var he = index.LastPersonBefore(30, PersonGender.Male);

        // Then each pronoun finds a person it can refer to
        Assert.Same(ana, she);
        Assert.Same(hill, he);
        Assert.Equal(PersonGender.Female, index.GenderOf("Ana Brnolic"));
        Assert.Equal(PersonGender.Male, index.GenderOf("Hill"));
        Assert.Equal(PersonGender.Unknown, index.GenderOf("Kos"));
    }
}
