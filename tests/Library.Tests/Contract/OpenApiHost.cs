using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Library.Tests.Infrastructure;

namespace Library.Tests.Contract;

/// <summary>One service for the document tests: they only read the contract, and each request to it is refused.</summary>
public sealed class OpenApiHost : IAsyncLifetime
{
    public LibraryHost Host { get; private set; } = null!;

    /// <summary>The document exactly as <c>GET /openapi/v1.json</c> answers it.</summary>
    public string Served { get; private set; } = "";

    public OpenApiDocument Document { get; private set; } = null!;
    public OpenApiDiagnostic Diagnostic { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = LibraryHost.Start();
        var response = await Host.Client.GetAsync("/openapi/v1.json");
        Served = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /openapi/v1.json answered {(int)response.StatusCode}: {Served}");
        var (document, diagnostic) = OpenApiDocument.Parse(Served, "json");
        (Document, Diagnostic) = (document ?? throw new InvalidOperationException($"The served document does not read: {Served}"), diagnostic!);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
