namespace Crosscheck.Claims;

/// <summary>Receives the phrase ends a <see cref="PhraseTrie{T}"/> walk reaches (a struct, so the walk is specialised).</summary>
/// <typeparam name="T">The trie's value type.</typeparam>
internal interface IPhraseVisitor<T>
{
    /// <summary>Phrases with <paramref name="values"/> (one per file holding the phrase) end before token <paramref name="end"/>.</summary>
    void Reached(int end, ReadOnlySpan<(int File, T Value)> values);
}
