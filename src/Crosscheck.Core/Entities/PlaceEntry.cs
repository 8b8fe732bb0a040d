namespace Crosscheck.Entities;

/// <summary>A place lexicon entry.</summary>
/// <param name="Key">The canonical name ("United States" for "U.S.").</param>
/// <param name="Country">The country it names or lies in, or null for regions.</param>
/// <param name="IsAlias">Whether the written form is another name for <paramref name="Key"/>.</param>
internal readonly record struct PlaceEntry(string Key, string? Country, bool IsAlias);
