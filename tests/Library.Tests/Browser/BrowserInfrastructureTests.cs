using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Proves the browser set-up on its own, without the designer UI: Debian's Chromium, driven by Playwright's bundled
/// driver, loads pages from the host on its real port, and a page's script calls the host's API over that socket.
/// </summary>
public sealed class BrowserInfrastructureTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    protected override bool NeedsDesignerUi => false;

    /// <summary>
    /// A page of the host's own origin that lists the definitions its script fetched from the API; served by
    /// Playwright's router because the host serves no HTML of its own until the UI is built into wwwroot.
    /// </summary>
    private const string ProbePage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Probe</title></head>
        <body>
          <h1>Definitions seen by the browser</h1>
          <p role="status">Loading</p>
          <ul aria-label="Definitions"></ul>
          <script>
            fetch('/api/workflow-definitions')
              .then(response => response.json())
              .then(definitions => {
                const list = document.querySelector('ul');
                for (const d of definitions) {
                  const item = document.createElement('li');
                  item.textContent = d.id + ' version ' + d.version;
                  list.append(item);
                }
                document.querySelector('[role=status]').textContent = 'Loaded ' + definitions.length;
              });
          </script>
        </body>
        </html>
        """;

    [Fact]
    public async Task Chromium_loads_a_page_from_the_host_on_its_loopback_port_and_the_page_calls_the_api()
    {
        Assert.Equal("127.0.0.1", Host.BaseAddress!.Host);
        Assert.NotEqual(0, Host.BaseAddress.Port);
        await Page.RouteAsync("**/e2e-probe", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = ProbePage }));

        // The API's JSON straight from Kestrel: the browser reaches the socket.
        var json = await Page.GotoAsync("/api/workflow-definitions");
        Assert.Equal(200, json!.Status);
        await Expect(Page.Locator("body")).ToContainTextAsync("\"id\":\"digitization\"");

        // A script on the host's origin calls the API and renders what it got.
        await Page.GotoAsync("/e2e-probe");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Loaded 4");
        var definitions = Page.GetByRole(AriaRole.List, new() { Name = "Definitions" }).GetByRole(AriaRole.Listitem);
        await Expect(definitions).ToContainTextAsync(["approval version 1", "digitization version 1", "lending version 1", "move version 1"]);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Definitions seen by the browser");

        var shot = await ScreenshotAsync("probe");
        Assert.True(new FileInfo(shot).Length > 1000, $"{shot} is too small to be a picture of the page");
        await ScreenshotAtAsync(BrowserTest.Tablet, "probe-tablet");

        // The test client reaches the same service as the browser.
        Assert.True((await Client.GetAsync("/api/workflow-definitions")).IsSuccessStatusCode);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_script_error_and_a_failed_resource_are_recorded_as_console_errors()
    {
        await Page.RouteAsync("**/e2e-broken", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><h1>Broken</h1><img src=\"/api/no-such-image.png\" alt=\"\"><script>undefinedFunction()</script>",
        }));

        await Page.GotoAsync("/e2e-broken");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(ConsoleErrors, e => e.Contains("undefinedFunction"));
        Assert.Contains(ConsoleErrors, e => e.Contains("404"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/api/requests", false)]
    [InlineData("http://localhost:5173/assets/index.js", false)]
    [InlineData("ws://127.0.0.1:5080/socket", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("blob:http://127.0.0.1:5080/5f1c", false)]
    [InlineData("https://fonts.googleapis.com/css2?family=Inter", true)]
    [InlineData("http://10.0.0.5/app.js", true)]
    [InlineData("http://127.0.0.1.example.org/app.js", true)]
    [InlineData("wss://cdn.example.org/live", true)]
    public void A_request_is_offsite_unless_it_goes_to_this_machine(string url, bool offsite) =>
        Assert.Equal(offsite, BrowserTest.IsOffsite(url));
}
