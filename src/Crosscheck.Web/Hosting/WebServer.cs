using Crosscheck.Web.Api;
using Crosscheck.Web.Pages;
using Crosscheck.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crosscheck.Web.Hosting;

/// <summary>Builds and starts the web UI and REST API over one store.</summary>
public static class WebServer
{
    /// <summary>
    /// Builds the application (not started). Addresses are checked here: a non-loopback address without a token is
    /// refused, because every write endpoint would then be open to the network.
    /// </summary>
    /// <exception cref="ServerAddressException">An address is malformed, or a non-loopback address has no token.</exception>
    public static WebApplication Build(WebServerOptions options, CrosscheckWorkspace? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = ListenAddresses.Parse(options.Urls);
        if (string.IsNullOrEmpty(options.Token) && urls.Any(u => !ListenAddresses.IsLoopback(u)))
        {
            throw new ServerAddressException("listening beyond this machine (" + string.Join(", ", urls.Where(u => !ListenAddresses.IsLoopback(u))) +
                ") requires --token, so that writes need it");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueLengthLimit = (int)Math.Min(options.MaxRequestBytes, int.MaxValue);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new() { Timeout = options.RequestTimeout });
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Crosscheck API";
            document.Info.Description = "Articles, analyses, stories and cross-checks of the store this server was started on. " +
                "Responses use the same JSON shapes as the CLI's --format json.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(new WebData(options.Database, workspace ?? new CrosscheckWorkspace()));
        builder.Services.AddSingleton(new RequestGuard(string.IsNullOrEmpty(options.Token) ? null : options.Token));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException, StatusCodeSelector = StatusFor });
        var guard = app.Services.GetRequiredService<RequestGuard>();
        app.Use((context, next) => guard.InvokeAsync(context, _ => next()));
        app.UseRequestTimeouts();
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>Starts the server and opens the store (so a bad store fails now); returns the addresses it listens on.</summary>
    public static async Task<IReadOnlyList<string>> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<WebData>().OpenAsync(cancellationToken).ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is null ? [] : [.. addresses];
    }

    private static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        ArgumentException or FormatException => StatusCodes.Status400BadRequest,
        OperationCanceledException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    // Clients get one line; the details go to the server's log only.
    private static async Task HandleException(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = exception is null ? StatusCodes.Status500InternalServerError : StatusFor(exception);
        var message = status switch
        {
            StatusCodes.Status400BadRequest => exception?.Message ?? "bad request",
            StatusCodes.Status413PayloadTooLarge => "the request is too large",
            StatusCodes.Status503ServiceUnavailable => "the request took too long or was cancelled",
            _ when status < 500 => "bad request",
            _ => "internal error; see the server log",
        };
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.WriteAsJsonAsync(new ApiError(message)).ConfigureAwait(false);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Layout.ErrorPage(status, message)).ConfigureAwait(false);
    }
}
