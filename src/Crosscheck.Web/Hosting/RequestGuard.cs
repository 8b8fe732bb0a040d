using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// Security headers on every response, and the checks write requests must pass: the token when one is set, and no
/// cross-site origin (a page on another site must not be able to post articles into a local server).
/// </summary>
internal sealed class RequestGuard(string? token)
{
    // Scripts and styles come only from this server, so text that slipped through as markup still could not run.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    private readonly byte[]? _token = token is null ? null : Encoding.UTF8.GetBytes(token);

    /// <summary>The middleware.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";

        if (IsWrite(context.Request))
        {
            if (!IsSameOrigin(context.Request))
            {
                await Reject(context, StatusCodes.Status403Forbidden, "cross-site requests may not write").ConfigureAwait(false);
                return;
            }
            if (_token is not null && !HasToken(context.Request))
            {
                headers.WWWAuthenticate = "Bearer";
                await Reject(context, StatusCodes.Status401Unauthorized, "this server requires a token for writes").ConfigureAwait(false);
                return;
            }
        }
        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes change the store. Compare posts only compute, so the compare page works without a token; every other
    /// POST, PUT, PATCH or DELETE is a write.
    /// </summary>
    private static bool IsWrite(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && !request.Path.StartsWithSegments("/compare", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/compare", StringComparison.OrdinalIgnoreCase);

    private static bool IsSameOrigin(HttpRequest request)
    {
        // Browsers send Origin on cross-site posts; tools (curl, scripts) send none and are judged by the token alone.
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private bool HasToken(HttpRequest request)
    {
        var given = request.Headers["X-Crosscheck-Token"].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (given.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }
        // Constant-time comparison, so response timing does not reveal how much of a guess was right.
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);
    }

    private static Task Reject(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ApiError(reason));
    }
}
