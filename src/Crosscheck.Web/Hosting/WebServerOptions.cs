namespace Crosscheck.Web.Hosting;

/// <summary>How <c>crosscheck serve</c> runs.</summary>
public sealed record WebServerOptions
{
    /// <summary>The default address: loopback only, so nothing is exposed unless the user asks.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store: a SQLite path, a PostgreSQL URL or a connection string.</summary>
    public required string Database { get; init; }

    /// <summary>Addresses to listen on, separated by <c>;</c> (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The bearer token write endpoints require (<c>Authorization: Bearer TOKEN</c> or <c>X-Crosscheck-Token</c>).
    /// Required when any address is not loopback; optional otherwise.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted, in bytes (uploads included).</summary>
    public long MaxRequestBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How long one request may run before it is cancelled.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
