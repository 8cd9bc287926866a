using Microsoft.Playwright;

namespace Library.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the whole browser collection: starting a browser costs about a second, a new
/// context per test is cheap and isolates cookies and storage just as well.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Debian's package; scripts/chromium.sh installs it. Playwright never downloads a browser here.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/chromium.sh (test.sh does) to install Debian's Chromium.");

        // A page's first render on a busy two-core CI machine can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        // The node driver bundled in the package (bin/.../.playwright) runs offline; it needs no browser download.
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root on CI has no user namespace sandbox; the rest keep Chromium from calling home (the network is
            // closed, and a page's own requests are what the tests watch).
            ChromiumSandbox = false,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>
/// The browser tests share one Chromium and run one at a time, and not beside the other collections: on two cores a
/// browser, a Kestrel host and other hosts at once would make page timings flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
