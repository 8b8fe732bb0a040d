namespace Crosscheck.Web.Hosting;

/// <summary>
/// The server was asked to listen on an address it must not use: one that is not an http(s) address, or one beyond
/// this machine without a token. The message is one line meant for the person who typed the address.
/// </summary>
public sealed class ServerAddressException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public ServerAddressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ServerAddressException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public ServerAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
