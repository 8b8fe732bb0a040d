namespace Crosscheck.Storage;

/// <summary>A store that cannot be used as it is: the file is not a Crosscheck database, or it is damaged.</summary>
/// <remarks>The message is one line a user can act on; the CLI prints it as is.</remarks>
public sealed class StoreException : Exception
{
    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without a message (for serialisers and tooling).</summary>
    public StoreException()
    {
    }

    /// <summary>The failure for a file that is not a Crosscheck database.</summary>
    public static StoreException NotACrosscheckDatabase(string path, string reason, Exception? innerException = null) =>
        innerException is null
            ? new($"'{path}' is not a Crosscheck database: {reason}")
            : new($"'{path}' is not a Crosscheck database: {reason}", innerException);
}
