using System.Text.Json;
using Crosscheck.Attribution;
using Crosscheck.Documents;

namespace Crosscheck.Workspace;

/// <summary>Reads an article's quotes back from the analysis JSON stored with it at ingest.</summary>
/// <remarks>
/// The stored JSON is the contract shape of <c>analyze --format json</c> (docs/formats.md), written by
/// <see cref="CrosscheckWorkspace.PipelineVersion"/>'s pipeline. It is read defensively: the store is a file anyone can
/// edit, so a JSON that is malformed, belongs to another text or holds a span outside the text is refused as a whole,
/// and the caller analyses the article again instead. A quote read back has every field the JSON holds; its
/// <see cref="Quote.Parts"/> are not stored and come back as the one span <see cref="Quote.Span"/>.
/// </remarks>
internal static class StoredQuotes
{
    /// <summary>The quotes of <paramref name="article"/> in <paramref name="json"/>, or null when it cannot be trusted.</summary>
    public static IReadOnlyList<Quote>? TryRead(Article article, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("id", out var id) || !id.ValueEquals(article.Id)
                || !root.TryGetProperty("text", out var text) || !text.ValueEquals(article.Text)
                || !root.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var read = new List<Quote>(quotes.GetArrayLength());
            foreach (var element in quotes.EnumerateArray())
            {
                if (ReadQuote(article.Text, element) is not { } quote)
                {
                    return null;
                }
                read.Add(quote);
            }
            return read;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Malformed JSON, or a field of the wrong JSON type (GetInt32 on a string, and so on).
            return null;
        }
    }

    private static Quote? ReadQuote(string text, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || Span(text, element, "start", "length") is not { } span
            || !Name<QuoteKind>(element, "kind", out var kind)
            || !Name<Reported>(element, "reports", out var reports)
            || !element.TryGetProperty("text", out var content) || content.GetString() is not { } quoted)
        {
            return null;
        }
        TextSpan? Optional(string prefix, out bool bad)
        {
            bad = false;
            // The writer writes null (or, before, nothing) for a span a quote does not have.
            if (!element.TryGetProperty(prefix + "Start", out var start) || start.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            var found = Span(text, element, prefix + "Start", prefix + "Length");
            bad = found is null;
            return found;
        }
        var speakerSpan = Optional("speaker", out var badSpeaker);
        var sourceSpan = Optional("source", out var badSource);
        var cueSpan = Optional("cue", out var badCue);
        var venueSpan = Optional("venue", out var badVenue);
        var relayedBySpan = Optional("relayedBy", out var badRelayedBy);
        if (badSpeaker || badSource || badCue || badVenue || badRelayedBy)
        {
            return null;
        }
        return new Quote(span, quoted, kind)
        {
            Speaker = String(element, "speaker"),
            SpeakerSpan = speakerSpan,
            SourceSpan = sourceSpan,
            Cue = String(element, "cue"),
            CueSpan = cueSpan,
            Reports = reports,
            Venue = String(element, "venue"),
            VenueSpan = venueSpan,
            RelayedBy = String(element, "relayedBy"),
            RelayedBySpan = relayedBySpan,
            // Written since pipeline 4; an older JSON has no relayed quotes, so false is right for it.
            Relays = element.TryGetProperty("relays", out var relays) && relays.ValueKind == JsonValueKind.True,
            SentenceIndex = element.TryGetProperty("sentence", out var sentence) ? sentence.GetInt32() : 0,
            Parts = [span],
        };
    }

    // A span inside the text, or null.
    private static TextSpan? Span(string text, JsonElement element, string startName, string lengthName)
    {
        if (!element.TryGetProperty(startName, out var startValue) || !element.TryGetProperty(lengthName, out var lengthValue)
            || !startValue.TryGetInt32(out var start) || !lengthValue.TryGetInt32(out var length)
            || start < 0 || length < 0 || length > text.Length - start)
        {
            return null;
        }
        return new TextSpan(start, length);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // A wire name of T ("direct", "speech"): QuoteQuery.ParseSet reads the same names.
    private static bool Name<T>(JsonElement element, string name, out T value)
        where T : struct, Enum
    {
        value = default;
        return String(element, name) is { Length: > 0 } wire && char.IsLetter(wire[0])
            && Enum.TryParse(wire, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
