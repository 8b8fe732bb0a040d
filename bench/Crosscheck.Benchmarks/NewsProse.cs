using System.Text;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Generates news-like prose for benchmarks: fictional people, outlets and places in direct and indirect quotes,
/// "according to" citations, hedged and numeric claims. Deterministic for a given seed, so runs compare.
/// </summary>
public static class NewsProse
{
    private static readonly string[] People =
    [
        "Dora Vance", "Ilse Brandt", "Tomas Reyes", "Mira Okafor", "Pavel Lindqvist", "Hana Ferreira", "Oskar Mbeki",
        "Lena Castellano", "Rafael Nkemelu", "Greta Halvorsen", "Yusuf Adeyemi", "Clara Moretti",
    ];

    private static readonly string[] Titles =
    [
        "Mayor", "Senator", "Finance Minister", "Governor", "Deputy Mayor", "Councillor", "Professor", "Chief Inspector",
    ];

    private static readonly string[] Outlets =
    [
        "the Harbour Courier", "Valmont Daily", "the Northgate Ledger", "Radio Estuary", "the Lowland Tribune",
    ];

    private static readonly string[] Places = ["Valmont", "Northgate", "Port Ardent", "Lake Sorrel", "Eastbridge", "Kessel"];

    private static readonly string[] Topics =
    [
        "the harbour expansion", "the new rail link", "the school budget", "the water treatment plant", "the housing plan",
        "the bridge repairs", "the regional election", "the fishing quota",
    ];

    private static readonly string[] Verbs = ["said", "told reporters", "argued", "warned", "added", "insisted", "claimed", "noted"];

    private static readonly string[] Quotes =
    [
        "We will not let {topic} collapse because of a few difficult months",
        "The figures are clear, and they show that {topic} is working",
        "Nobody in {place} asked for this, and nobody will pay for it",
        "I have been in this job for {n} years and I have never seen anything like it",
        "This is a good day for {place}, and a better one for the families who live here",
        "We expect the first results before the end of the year",
    ];

    private static readonly string[] Indirect =
    [
        "{topic} would cost about {n} million euros more than planned",
        "the council had ignored repeated warnings about {topic}",
        "{place} could lose up to {n} percent of its jobs if {topic} failed",
        "the decision on {topic} might be delayed until the spring",
        "officials in {place} were already preparing a second proposal",
    ];

    private static readonly string[] Background =
    [
        "The plan for {topic} was first presented to the council of {place} in {year}.",
        "Since then, the cost has risen by roughly {n} percent, according to figures published by {outlet}.",
        "Critics say the project may never deliver what was promised.",
        "Some residents of {place} believe the money would be better spent on schools and clinics.",
        "A vote is expected next week, although several members have not yet decided.",
        "The opposition has called for an independent review of {topic}.",
        "About {n} people attended a public meeting on Tuesday evening in {place}.",
        "Construction is scheduled to begin in {year}, if the funding is approved.",
    ];

    /// <summary>Writes <paramref name="articles"/> articles of about <paramref name="paragraphs"/> paragraphs each.</summary>
    public static string[] Generate(int articles, int paragraphs = 12, int seed = 20261123)
    {
        var random = new Random(seed);
        var result = new string[articles];
        for (var a = 0; a < articles; a++)
        {
            var text = new StringBuilder();
            for (var p = 0; p < paragraphs; p++)
            {
                AppendParagraph(text, random);
                text.Append("\n\n");
            }
            result[a] = text.ToString();
        }
        return result;
    }

    private static void AppendParagraph(StringBuilder text, Random random)
    {
        var person = Pick(random, People);
        var surname = person[(person.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        switch (random.Next(5))
        {
            case 0:
                text.Append('“').Append(Fill(Pick(random, Quotes), random)).Append(",” ").Append(Pick(random, Titles)).Append(' ')
                    .Append(person).Append(' ').Append(Pick(random, Verbs)).Append(" on Monday. ");
                text.Append(Fill(Pick(random, Background), random)).Append(' ');
                text.Append('“').Append(Fill(Pick(random, Quotes), random)).Append(",” ").Append(surname).Append(" added.");
                break;
            case 1:
                text.Append(Pick(random, Titles)).Append(' ').Append(person).Append(' ').Append(Pick(random, Verbs)).Append(" that ")
                    .Append(Fill(Pick(random, Indirect), random)).Append(". ");
                text.Append("She said the council ").Append(random.Next(2) == 0 ? "would" : "might").Append(" meet again in ")
                    .Append(Pick(random, Places)).Append(". ").Append(Fill(Pick(random, Background), random));
                break;
            case 2:
                text.Append("According to ").Append(Pick(random, Outlets)).Append(", ").Append(Fill(Pick(random, Indirect), random)).Append(". ");
                text.Append(Fill(Pick(random, Background), random)).Append(' ').Append(Fill(Pick(random, Background), random));
                break;
            case 3:
                text.Append('“').Append(Fill(Pick(random, Quotes), random)).Append(",” ").Append(person).Append(" told ")
                    .Append(Pick(random, Outlets)).Append(", “but ").Append(Fill(Pick(random, Quotes), random).ToLowerInvariant()).Append(".”");
                break;
            default:
                text.Append(Fill(Pick(random, Background), random)).Append(' ').Append(Fill(Pick(random, Background), random)).Append(' ')
                    .Append(person).Append(", who has led the campaign against ").Append(Fill("{topic}", random))
                    .Append(", believes the numbers do not add up.");
                break;
        }
    }

    private static string Fill(string template, Random random) => template
        .Replace("{topic}", Pick(random, Topics), StringComparison.Ordinal)
        .Replace("{place}", Pick(random, Places), StringComparison.Ordinal)
        .Replace("{outlet}", Pick(random, Outlets), StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 95).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year}", random.Next(2019, 2029).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
