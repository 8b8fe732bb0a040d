using System.CommandLine;
using Crosscheck.Web.Hosting;
using Crosscheck.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck serve</c>: the web UI and REST API over a store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, separated by ';' (default {WebServerOptions.DefaultUrls}; port 0 picks a free port). " +
                "An address beyond this machine (0.0.0.0, *, a LAN address) requires --token.",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrls,
            HelpName = "URLS",
        };
        var token = new Option<string?>("--token")
        {
            Description = "A secret that write requests (ingest) must carry as 'Authorization: Bearer TOKEN'. Required for non-loopback addresses; " +
                "also read from the CROSSCHECK_TOKEN environment variable.",
            HelpName = "TOKEN",
        };
        var command = new Command("serve",
            "Serve the web UI (stories, cross-check matrix, timelines, mutation diffs, articles, compare form) and the REST API " +
            "(OpenAPI at /openapi/v1.json) for a store. Stops on Ctrl+C.")
        {
            database, urls, token,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(database)!;
            // Right after `crosscheck demo`, plain `crosscheck serve` shows the demo store rather than failing.
            if (parseResult.GetResult(database) is null or { Implicit: true } && !File.Exists(path) && File.Exists(DemoCommand.DefaultDatabasePath))
            {
                path = DemoCommand.DefaultDatabasePath;
                await console.Error.WriteLineAsync($"No {CrosscheckWorkspace.DefaultDatabasePath} here; serving the demo store {path}.").ConfigureAwait(false);
            }
            StoriesCommand.RequireDatabase(path);
            var options = new WebServerOptions
            {
                Database = path,
                Urls = parseResult.GetValue(urls)!,
                Token = parseResult.GetValue(token) ?? Environment.GetEnvironmentVariable("CROSSCHECK_TOKEN"),
            };
            WebApplication app;
            try
            {
                app = WebServer.Build(options);
            }
            catch (ServerAddressException invalid)
            {
                throw new UsageException(invalid.Message);
            }
            await using (app.ConfigureAwait(false))
            {
                var addresses = await WebServer.StartAsync(app, cancellationToken).ConfigureAwait(false);
                // The first line is for scripts (the browser tests read the address from it); the rest for people.
                await console.Output.WriteLineAsync($"Listening on {string.Join(" ", addresses)}").ConfigureAwait(false);
                await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"Serving {CrosscheckWorkspace.DescribeDatabase(path)}; press Ctrl+C to stop.").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
