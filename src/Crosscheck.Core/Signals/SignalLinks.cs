using Crosscheck.Documents;

namespace Crosscheck.Signals;

/// <summary>Links signals to the claims (or any spans) they touch.</summary>
public static class SignalLinks
{
    /// <summary>Indexes into <paramref name="signals"/> of the signals overlapping <paramref name="span"/>, in order.</summary>
    public static IReadOnlyList<int> Touching(IReadOnlyList<Signal> signals, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(signals);
        List<int>? indexes = null;
        for (var i = 0; i < signals.Count; i++)
        {
            if (signals[i].Span.Overlaps(span))
            {
                (indexes ??= []).Add(i);
            }
        }
        return indexes ?? (IReadOnlyList<int>)[];
    }
}
