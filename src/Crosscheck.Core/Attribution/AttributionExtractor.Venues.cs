using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private static readonly string[] TimeWords =
        ["on", "last", "this", "earlier", "later", "late", "yesterday", "today", "tonight", "week", "month", "year", "night", "morning",
         "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently",
         "spring", "summer", "autumn", "fall", "winter",
         "also", "again", "publicly", "previously", "then", "first", "repeatedly"];

    private static readonly string[] Durations = ["days", "weeks", "months", "years", "decades"];

    // "said two years ago that …", "a decade ago": the count before a time unit and "ago".
    private static readonly string[] AgoCounts = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many"];

    private static readonly string[] AgoUnits = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"];

    private static readonly string[] AddresseeEnds = ["reporters", "journalists", "media", "press", "parliament", "lawmakers", "supporters", "students", "crowd", "audience", "delegates", "viewers", "listeners", "readers", "officials", "colleagues", "me", "us", "him", "her", "them", "investigators", "voters", "guests", "host"];

    /// <summary>A venue phrase starting at token <paramref name="i"/>.</summary>
    private VenueMatch? ParseVenue(int i, int limit)
    {
        // "in an interview with Cicero magazine", "in a statement", "in a post on X"; "in remarks to reporters" has no
        // determiner.
        var bare = Is(i, "in") && (Is(i + 1, "remarks") || Is(i + 1, "comments"));
        if (Is(i, "in") && (bare || Is(i + 1, "a") || Is(i + 1, "an") || Is(i + 1, "his") || Is(i + 1, "her") || Is(i + 1, "its") || Is(i + 1, "their")))
        {
            var k = bare ? i + 1 : i + 2;
            while (k <= limit && k < i + 5 && IsLower(k) && !AttributionLexicons.VenueLookup.Contains(Word(k)))
            {
                k++;
            }
            if (k > limit || !IsWord(k) || !AttributionLexicons.VenueLookup.Contains(Word(k)))
            {
                return null;
            }
            // "in a radio interview", "in a television interview": a venue noun that modifies the next one is not the
            // phrase's end (the content read "interview that …"); the venue is both nouns.
            var first = k;
            while (k + 1 <= limit && k + 1 < i + 6 && IsLower(k + 1) && AttributionLexicons.VenueLookup.Contains(Word(k + 1)))
            {
                k++;
            }
            // "in a tweet series that …": a noun the venue noun modifies, right before "that", ends the phrase.
            // A participle there is a preposition or a modifier ("in a statement following that accusation").
            if (k + 2 <= limit && IsLower(k + 1) && Is(k + 2, "that") && !IsOneOf(k + 1, NonClauseStarts) && !IsTimeWord(k + 1)
                && !Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && !Word(k + 1).EndsWith("ed", StringComparison.Ordinal))
            {
                k++;
            }
            // "in an email obtained by BuzzFeed News": the participle and its agent belong to the venue phrase (the
            // content read "obtained by …").
            var phraseEnd = k;
            if (k + 2 <= limit && IsLower(k + 1) && Word(k + 1).EndsWith("ed", StringComparison.Ordinal) && Is(k + 2, "by") && k + 3 <= limit && IsCapitalised(k + 3))
            {
                phraseEnd = k + 3;
                while (phraseEnd + 1 <= limit && IsCapitalised(phraseEnd + 1))
                {
                    phraseEnd++;
                }
            }
            // A platform ("in a post on Telegram") is where words appeared, not a medium that interviewed anyone.
            if (Is(k + 1, "on") && ParsePlatform(k + 2, limit) is { } platform)
            {
                return platform with { Span = SpanOf(i, TokenBefore(platform.Span.End)) };
            }
            if ((Is(k + 1, "with") || Is(k + 1, "to") || Is(k + 1, "on")) && ParseOutletName(k + 2, limit) is { } outlet)
            {
                var (nameSpan, last) = WithProgramme(outlet);
                return new VenueMatch(TextOf(nameSpan), nameSpan, SpanOf(i, last), Named: true);
            }
            return new VenueMatch(TextOf(SpanOf(first, k)), SpanOf(first, k), SpanOf(i, phraseEnd), Named: false);
        }
        // "speaking to Radio Free Sava", "talking to the Daily Ledger"
        if ((Is(i, "speaking") || Is(i, "talking") || Is(i, "writing")) && (Is(i + 1, "to") || Is(i + 1, "with") || Is(i + 1, "in") || Is(i + 1, "on")))
        {
            if (Is(i + 1, "on") && ParsePlatform(i + 2, limit) is { } platform)
            {
                return platform with { Span = SpanOf(i, TokenBefore(platform.Span.End)) };
            }
            if (ParseOutletName(i + 2, limit) is { } outlet)
            {
                return new VenueMatch(TextOf(outlet.NameSpan), outlet.NameSpan, SpanOf(i, outlet.Last), Named: true);
            }
            return null;
        }
        // "at a press conference in Belgrade"
        if ((Is(i, "at") || Is(i, "during")) && (Is(i + 1, "a") || Is(i + 1, "the") || Is(i + 1, "an")))
        {
            var k = i + 2;
            var nounEnd = -1;
            while (k <= limit && k < i + 6 && IsWord(k))
            {
                if (AttributionLexicons.VenueLookup.Contains(Word(k)) || (k + 1 <= limit && IsWord(k + 1) && AttributionLexicons.VenueLookup.Contains(TextOf(SpanOf(k, k + 1)))))
                {
                    nounEnd = AttributionLexicons.VenueLookup.Contains(Word(k)) ? k : k + 1;
                    break;
                }
                k++;
            }
            if (nounEnd < 0)
            {
                return null;
            }
            var end = nounEnd;
            if (Is(end + 1, "in") && IsCapitalised(end + 2) && end + 2 <= limit)
            {
                end += 2;
                while (end + 1 <= limit && IsCapitalised(end + 1))
                {
                    end++;
                }
            }
            var nameSpan = SpanOf(i + 2, end);
            return new VenueMatch(TextOf(nameSpan), nameSpan, SpanOf(i, end), Named: false);
        }
        // "on state television", "on X", "on Telegram"
        if (Is(i, "on"))
        {
            return ParsePlatform(i + 1, limit) is { } platform ? platform with { Span = SpanOf(i, TokenBefore(platform.Span.End)) } : null;
        }
        return null;
    }

    // Words after which a plain addressee may end (see ParseAddressee): "… told her advisers as she left".
    private static readonly string[] AddresseeFollowers = ["as", "while", "when", "after", "before", "during", "in", "on", "at"];

    /// <summary>
    /// A determiner phrase after "told" ("a rally in Vodena", "the committee") that ends where the content starts
    /// (a colon, comma, "that" or a quotation mark); a venue noun inside makes it the quote's venue.
    /// </summary>
    private (int Last, VenueMatch? Venue)? ParseAddressee(int i, int limit)
    {
        if (!(Is(i, "a") || Is(i, "an") || Is(i, "the") || Is(i, "his") || Is(i, "her") || Is(i, "their")))
        {
            return null;
        }
        var venueNoun = -1;
        var simple = true;
        var plainEnd = -1;
        for (var k = i + 1; k <= limit && k < i + 8; k++)
        {
            if (!IsWord(k) || IsCueWord(k))
            {
                break;
            }
            if (venueNoun < 0 && AttributionLexicons.VenueLookup.Contains(Word(k)))
            {
                venueNoun = k;
            }
            if (Is(k + 1, "that") || IsPunct(k + 1, ':') || IsPunct(k + 1, ',') || RunOpeningAt(k + 1) is not null)
            {
                return (k, Setting(k));
            }
            // A post-posed "…, Ruiz told a council panel Wednesday." or "… told her advisers as she …": a plain noun
            // phrase may also run to the clause's end, a time or a setting, and the content is the clause before the
            // attribution. Only when nothing longer ends as above ("told a rally in Vodena: …"), and not past a
            // preposition or participle ("told the story of a pilot in …", "told the audience gathered in …").
            simple &= !IsFunctionWord(k) && !Word(k).EndsWith("ed", StringComparison.Ordinal);
            if (simple && plainEnd < 0 && (k == limit || IsTimeWord(k + 1) || IsOneOf(k + 1, AddresseeFollowers)))
            {
                plainEnd = k;
            }
        }
        return plainEnd >= 0 ? (plainEnd, Setting(plainEnd)) : null;

        VenueMatch? Setting(int k)
        {
            if (venueNoun < 0 || venueNoun > k)
            {
                return null;
            }
            var nameEnd = k;
            for (var t = venueNoun + 1; t <= k; t++)
            {
                if (IsTimeWord(t))
                {
                    nameEnd = t - 1; // "a rally in Vodena on Sunday": the time is not part of the venue
                    break;
                }
            }
            var nameSpan = SpanOf(venueNoun, nameEnd);
            return new VenueMatch(TextOf(nameSpan), nameSpan, SpanOf(i, k), Named: false);
        }
    }

    // "told the Ledger he was working with Ruiz and that …": a subject pronoun opens the content before "that".
    private bool PronounBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsOneOf(k, SubjectPronouns) || Is(k, "it"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Vodena TV's “Morning Hour”": a programme's title after a possessive outlet belongs to the venue.</summary>
    private (TextSpan NameSpan, int Last) WithProgramme(SpeakerPhrase outlet)
    {
        var last = outlet.Last;
        var word = Word(last);
        if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019' && RunOpeningAt(last + 1) is { } show && CountWords(show.Content) <= 5)
        {
            show.Used = true;
            // Keep a comma that sits inside the closing mark ("“Face the Week,”") with the title as written.
            return (TextSpan.FromBounds(outlet.NameSpan.Start, show.End), TokenBefore(show.End));
        }
        return (outlet.NameSpan, last);
    }

    /// <summary>"state television", "Serbian state TV", "X", "Telegram", "Twitter".</summary>
    private VenueMatch? ParsePlatform(int i, int limit)
    {
        for (var k = i; k <= limit && k < i + 4; k++)
        {
            if (!IsWord(k))
            {
                return null;
            }
            // "on social media": a two-word platform of the lexicon.
            if (k == i && IsLower(k) && k + 1 <= limit && IsWord(k + 1) && AttributionLexicons.VenueLookup.Contains(TextOf(SpanOf(k, k + 1))))
            {
                var pair = SpanOf(k, k + 1);
                return new VenueMatch(TextOf(pair), pair, pair, Named: false);
            }
            var isVenue = AttributionLexicons.VenueLookup.Contains(Word(k));
            var platformName = isVenue && IsCapitalised(k) && k == i;
            var broadcast = isVenue && (Is(k, "television") || Is(k, "tv") || Is(k, "radio") || Is(k, "media"));
            if (platformName || broadcast)
            {
                var end = k;
                // "on X/Twitter"
                if (IsPunct(end + 1, '/') && IsCapitalised(end + 2) && end + 2 <= limit)
                {
                    end += 2;
                }
                var nameSpan = SpanOf(i, end);
                return new VenueMatch(TextOf(nameSpan), nameSpan, nameSpan, Named: false);
            }
        }
        return null;
    }

    /// <summary>A named medium ("the Financial Times", "Cicero magazine", "Radio Free Sava", "Gazeta.ru").</summary>
    private SpeakerPhrase? ParseOutletName(int i, int limit)
    {
        if (i > limit || !IsWord(i))
        {
            return null;
        }
        var phrase = ParseName(i, limit);
        if (phrase is null || !char.IsUpper(_text[phrase.NameSpan.Start]))
        {
            return null;
        }
        // A name with "the" is the medium itself; keep the article out of the venue's name.
        var nameStart = Is(i, "the") ? i + 1 : i;
        return phrase with { NameSpan = SpanOf(nameStart, phrase.Last) };
    }

    /// <summary>
    /// The length of "two years ago", "a few weeks ago", "18 months ago" at <paramref name="i"/> (a count, "few" after
    /// "a", a time unit, then "ago"), or 0.
    /// </summary>
    private int AgoLength(int i, int limit)
    {
        var k = i;
        if (!(_tokens[k].Kind == TokenKind.Number || IsLower(k) && IsOneOf(k, AgoCounts)))
        {
            return 0;
        }
        if (Is(k, "a") && k + 1 <= limit && Is(k + 1, "few"))
        {
            k++;
        }
        return k + 2 <= limit && IsOneOf(k + 1, AgoUnits) && Is(k + 2, "ago") ? k + 3 - i : 0;
    }

    private bool IsTimeWord(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }
        foreach (var word in TimeWords)
        {
            if (Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    // Cue verbs whose object, before "that", is the person addressed: "told aides that", "assured voters that".
    private static readonly string[] AddressingCues =
        ["told", "tells", "tell", "telling", "warned", "warns", "warn", "warning", "assured", "assures", "assure", "assuring",
         "informed", "informs", "inform", "reminded", "reminds", "remind", "reassured", "reassures", "advised", "advises",
         "notified", "cautioned", "convinced", "persuaded", "promised", "promises"];

    /// <summary>
    /// The "that" after one to three lower-case words that are a cue's addressee ("aides", "her aides", "the board's
    /// members"), or 0. A pronoun among them ("warned it that") or a verb form makes it a clause, not an addressee.
    /// </summary>
    private int AddresseeBeforeThat(int i, int limit)
    {
        for (var k = i; k <= limit && k <= i + 3; k++)
        {
            if (Is(k, "that"))
            {
                // "warning the plague that has sickened …", "told him everything that happened": a verb right after
                // "that" makes it a relative pronoun inside the object, not the start of what was said.
                var next = k + 1;
                var relative = next <= limit && IsWord(next) && IsLower(next)
                    && (IsOneOf(next, FiniteAuxiliaries) || Word(next).EndsWith("ed", StringComparison.Ordinal) || IsCueWord(next));
                return k > i && !relative ? k : 0;
            }
            if (!IsWord(k) || !IsLower(k) || IsOneOf(k, SubjectPronouns) || Is(k, "it") || IsCueWord(k) || IsTimeWord(k)
                || IsOneOf(k, FiniteAuxiliaries) || Word(k).EndsWith("ed", StringComparison.Ordinal) || Word(k).EndsWith("ly", StringComparison.Ordinal))
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// Reads what follows a cue before its content: the addressee of "told", venues, time phrases, "that", commas.
    /// Returns the index of the first token after them.
    /// </summary>
    private int ParseTail(CueMatch cue, int start, int limit, ref VenueMatch? venue)
    {
        var i = start;
        if (cue.Lemma == "tell" && i <= limit)
        {
            if (ParsePlatform(i, limit) is { } broadcast)
            {
                venue ??= broadcast;
                i = TokenAtOrAfter(broadcast.Span.End);
            }
            else if (ParseOutletName(i, limit) is { } outlet && outlet.Kind != SpeakerKind.Pronoun)
            {
                var (nameSpan, last) = WithProgramme(outlet);
                venue ??= new VenueMatch(TextOf(nameSpan), nameSpan, SpanOf(cue.First, last), Named: outlet.Kind == SpeakerKind.Organization || outlet.Kind == SpeakerKind.Name);
                i = last + 1;
                // "told the U.N. nuclear watchdog on Tuesday that …": lower-case words after the name still belong to
                // the addressee when "that" follows them closely.
                if (IsLower(i) && !Is(i, "that") && ThatWithin(i, limit) is var that and > 0 && that - i <= 6 && !PronounBetween(i, that))
                {
                    i = that;
                }
            }
            else
            {
                var addresseeStart = i;
                for (var k = i; k <= limit && k < i + 3 && IsLower(k) && !Is(k, "that"); k++)
                {
                    foreach (var end in AddresseeEnds)
                    {
                        if (Is(k, end))
                        {
                            i = k + 1;
                            break;
                        }
                    }
                }
                if (i == addresseeStart && ParseAddressee(i, limit) is var (last, setting) && last >= i)
                {
                    // "told a rally in Vodena: …", "told the committee that …"
                    venue ??= setting;
                    i = last + 1;
                }
            }
        }
        if (IsOneOf(cue.Last, AddressingCues) && AddresseeBeforeThat(i, limit) is > 0 and var thatAt)
        {
            // "told aides that …", "warned investors that …": the people addressed are not the content.
            i = thatAt;
        }
        var guard = 0;
        while (i <= limit && guard++ < 12)
        {
            if (AddresseeTo(i, limit) is var (next, addressed))
            {
                venue ??= addressed;
                i = next;
                continue;
            }
            if (ParseVenue(i, limit) is { } found)
            {
                venue ??= found;
                i = TokenAtOrAfter(found.Span.End);
                continue;
            }
            if (Is(i, "in") && (_tokens[Math.Min(i + 1, _tokens.Length - 1)].Kind == TokenKind.Number || IsCapitalised(i + 1) && AttributionLexicons.StopwordLookup.Contains(Word(i + 1))))
            {
                i += 2;
                continue;
            }
            // "has said for weeks he is …": a duration, not the start of the content (which read nothing at all).
            if (Is(i, "for") && i + 1 <= limit && IsOneOf(i + 1, Durations))
            {
                i += 2;
                continue;
            }
            // "said two years ago that …", "a few weeks ago", "back in May": a time, not the start of the content.
            if (AgoLength(i, limit) is > 0 and var ago)
            {
                i += ago;
                continue;
            }
            if (Is(i, "back") && i + 1 <= limit && Is(i + 1, "in"))
            {
                i++;
                continue;
            }
            // "said, on condition of anonymity": the adverbial is no time, and the content does not start in it.
            if (Is(i, "on") && (Is(i + 1, "condition") || Is(i + 1, "the") && Is(i + 2, "condition")))
            {
                break;
            }
            if (IsTimeWord(i) || IsPunct(i, ',') || _tokens[i].Kind == TokenKind.Number && IsTimeWord(i - 1))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }
}
