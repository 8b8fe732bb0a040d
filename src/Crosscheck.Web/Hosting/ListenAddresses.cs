using System.Net;

namespace Crosscheck.Web.Hosting;

/// <summary>Checks the addresses a server is asked to listen on.</summary>
public static class ListenAddresses
{
    /// <summary>Splits <paramref name="urls"/> (separated by <c>;</c>) into http(s) addresses as Kestrel takes them.</summary>
    /// <exception cref="ServerAddressException">An address is not an absolute http or https URL.</exception>
    public static IReadOnlyList<string> Parse(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var result = new List<string>();
        foreach (var part in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ToUri(part) is not { } uri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.AbsolutePath != "/")
            {
                throw new ServerAddressException($"'{part}' is not an address like http://127.0.0.1:5080");
            }
            result.Add(part);
        }
        if (result.Count == 0)
        {
            throw new ServerAddressException("no address to listen on");
        }
        return result;
    }

    /// <summary>
    /// Whether the address binds only to the loopback interface. Wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>,
    /// <c>[::]</c>) and any other host bind to the network, so they are not loopback.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (ToUri(url) is not { } uri)
        {
            return false;
        }
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    // Kestrel's wildcard hosts are not valid URI hosts; read them as the any-address they mean.
    private static Uri? ToUri(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
            UriKind.Absolute, out var uri) ? uri : null;
}
