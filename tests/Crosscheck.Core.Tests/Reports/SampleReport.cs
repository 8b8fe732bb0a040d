using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Core.Tests.CrossCheck;
using Crosscheck.CrossCheck;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Reports;

/// <summary>A small hand-built story: an interview report and a sensational rewrite of it.</summary>
internal static class SampleReport
{
    public const string OriginalText =
        "Harbour minister Ana Petrovic said the Varna terminal contract may be cancelled.\n\n" +
        "“We will not sign a contract that leaves the harbour workers without pay,” Petrovic told the Daily Ledger. " +
        "The deal is worth 40 million euros, according to the port authority.";

    public const string RewriteText =
        "BOMBSHELL: Harbour minister Ana Petrovic confirmed the Varna terminal contract will be cancelled, sending shockwaves through the port.\n\n" +
        "“We will not sign a deal that leaves the harbour workers without pay,” Marko Ilic admitted in an exclusive " +
        "interview with the Evening Blaze. The deal is worth 400 million euros, according to the port authority.";

    public static AnalyzedArticle Original() =>
        new ArticleBuilder("ledger-1", "Daily Ledger", "2026-03-14T09:30:00Z", OriginalText) { Title = "Minister casts doubt on terminal deal", Sensationalism = 0.05 }
            .Mention("Ana Petrovic", EntityKind.Person)
            .Mention("Daily Ledger", EntityKind.Outlet)
            .Quote("We will not sign a contract that leaves the harbour workers without pay", "Ana Petrovic", "told", "Daily Ledger")
            .Quote("the Varna terminal contract may be cancelled", "Ana Petrovic", "said", null, QuoteKind.Indirect)
            .Citation("according to the port authority", "the port authority")
            .Claim("Harbour minister Ana Petrovic said the Varna terminal contract may be cancelled.", Modality.Speculative, 0.7)
            .Claim("The deal is worth 40 million euros, according to the port authority.", Modality.Asserted, 0.8)
            .Build();

    public static AnalyzedArticle Rewrite() =>
        new ArticleBuilder("blaze-1", "Evening Blaze", "2026-03-14T15:00:00Z", RewriteText) { Title = "Terminal deal DEAD", Sensationalism = 0.8 }
            .Mention("Marko Ilic", EntityKind.Person)
            .Quote("We will not sign a deal that leaves the harbour workers without pay", "Marko Ilic", "admitted", "an exclusive interview with the Evening Blaze")
            .Citation("according to the port authority", "the port authority")
            .Claim("BOMBSHELL: Harbour minister Ana Petrovic confirmed the Varna terminal contract will be cancelled, sending shockwaves through the port.", Modality.Asserted, 0.6)
            .Claim("The deal is worth 400 million euros, according to the port authority.", Modality.Asserted, 0.8)
            .Signal("BOMBSHELL", Technique.SensationalFraming, "\"bombshell\" dramatises the news")
            .Signal("sending shockwaves", Technique.SensationalFraming, "\"shockwaves\" is a sensational intensifier")
            .Build();

    public static ComparisonReport Comparison() => Comparer.Compare([Original(), Rewrite()]);
}
