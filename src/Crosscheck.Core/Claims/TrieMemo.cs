namespace Crosscheck.Claims;

/// <summary>
/// Answers of <see cref="PhraseTrie{T}"/> edge look-ups for one text, by (node, word type): a small open-addressing table
/// that stays in cache, where the trie's own edge table is hashed by the word's characters and mostly is not.
/// </summary>
/// <remarks>One per text and thread at a time; grows as needed, and <see cref="Reset"/> readies it for the next text.</remarks>
internal sealed class TrieMemo
{
    private int[] _root = [];
    private int _rootCount;
    private long[] _keys = [];
    private int[] _children = [];
    // The table in use is the first _mask + 1 slots of the arrays, which may be longer (kept from a longer text).
    private int _mask;
    private int _count;
    private bool[] _noInnerEdge = [];

    /// <summary>A memo sized for about <paramref name="expected"/> answers; word types below it are answered at the root by index.</summary>
    public TrieMemo(int expected) => Reset(expected);

    /// <summary>Forgets every answer and sizes the memo as the constructor does, reusing its arrays when they are large enough.</summary>
    public void Reset(int expected)
    {
        // Every token asks the root, so its answers sit in an array by type (child + 2; 0: not asked yet).
        if (_root.Length < expected)
        {
            _root = new int[expected];
        }
        else
        {
            Array.Clear(_root, 0, expected);
        }
        _rootCount = expected;
        var size = 64;
        while (size < expected * 2)
        {
            size *= 2;
        }
        // The arrays are kept when large enough, whatever the size the last text needed: reallocated whenever the size
        // changed, they were most of what the signals stage allocated per article.
        if (_keys.Length >= size)
        {
            Array.Clear(_keys, 0, size);
        }
        else
        {
            _keys = new long[size];
            _children = new int[size];
        }
        _mask = size - 1;
        _count = 0;
        _noInnerEdge = [];
    }

    /// <summary>
    /// Tells the walk, by type, which word types are on no edge below the root (for every token of the type, so the trie
    /// would answer "none" at every node but the root; false: not known). The array must outlive the walk, and stays
    /// until <see cref="Reset"/>.
    /// </summary>
    public void UseNoInnerEdge(bool[] noInnerEdge) => _noInnerEdge = noInnerEdge;

    /// <summary>Whether <paramref name="type"/> leads nowhere below the root (<see cref="UseNoInnerEdge"/>); false for -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool NoInnerEdge(int type) => (uint)type < (uint)_noInnerEdge.Length && _noInnerEdge[type];

    /// <summary>The child <paramref name="node"/> leads to for a word of type <paramref name="type"/> (-1: none), if known.</summary>
    public bool TryGet(int node, int type, out int child)
    {
        if (node == 0 && (uint)type < (uint)_rootCount)
        {
            child = _root[type] - 2;
            return child != -2;
        }
        var key = Key(node, type);
        var mask = _mask;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            if (_keys[slot] == key)
            {
                child = _children[slot];
                return true;
            }
            if (_keys[slot] == 0)
            {
                child = -1;
                return false;
            }
        }
    }

    /// <summary>
    /// <see cref="TryGet"/> at the root, for a type below the size the memo was reset for: the answer by index, which a
    /// walk over every token asks first (inlined), before any call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryGetRoot(int type, out int child)
    {
        if ((uint)type < (uint)_rootCount)
        {
            child = _root[type] - 2;
            return child != -2;
        }
        child = -1;
        return false;
    }

    /// <summary>Records the child for (<paramref name="node"/>, <paramref name="type"/>); the pair must be new.</summary>
    public void Add(int node, int type, int child)
    {
        if (node == 0 && (uint)type < (uint)_rootCount)
        {
            _root[type] = child + 2;
            return;
        }
        if ((_count + 1) * 2 > _mask + 1)
        {
            Grow();
        }
        Insert(Key(node, type), child);
        _count++;
    }

    private void Insert(long key, int child)
    {
        var mask = _mask;
        var slot = Slot(key, mask);
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        _keys[slot] = key;
        _children[slot] = child;
    }

    private void Grow()
    {
        var keys = _keys;
        var children = _children;
        // Only the table in use moves: slots past it hold a former text's answers.
        var size = _mask + 1;
        _keys = new long[size * 2];
        _children = new int[size * 2];
        _mask = size * 2 - 1;
        for (var i = 0; i < size; i++)
        {
            if (keys[i] != 0)
            {
                Insert(keys[i], children[i]);
            }
        }
    }

    // Plus one so that node 0 with type 0 is not the empty key.
    private static long Key(int node, int type) => (((long)node << 32) | (uint)type) + 1;

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & mask;
}
