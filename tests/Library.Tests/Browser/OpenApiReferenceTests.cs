using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The API reference at <c>/scalar</c> renders the service's own document with everything it needs served by the
/// host: no script, font or call goes to another machine, and the page logs no error.
/// </summary>
public sealed class OpenApiReferenceTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    /// <summary>The reference page is the host's own; it needs no designer UI build.</summary>
    protected override bool NeedsDesignerUi => false;

    [Fact]
    public async Task The_reference_page_shows_the_API_loading_nothing_from_outside_this_machine()
    {
        var response = await Page.GotoAsync("/scalar");
        Assert.Equal(200, response!.Status);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Library request workflow service" })).ToBeVisibleAsync();
        // The scan stations' trigger, found the way a reader would: open its group in the sidebar and go to it.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open Group - Scan stations" }).ClickAsync();
        await Page.GetByText("/api/scan-stations/{stationId}/scans").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "/api/scan-stations/{stationId}/scans" })).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync("scan-stations");

        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_request_tried_from_the_page_goes_to_this_service_itself()
    {
        var calls = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/")) lock (calls) calls.Add(request.Url);
        };
        await Page.GotoAsync("/scalar");
        await Page.GetByText("/api/approvals/reasons").First.ClickAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/approvals/reasons)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send get request to /api/approvals/reasons" }).ClickAsync();
        // A reason the service answers with, which no example in the document shows.
        await Expect(Page.GetByText("Covered by License").First).ToBeVisibleAsync();
        await ScreenshotAsync("tried-request");

        lock (calls) Assert.Equal([new Uri(Host.BaseAddress!, "api/approvals/reasons").ToString()], calls);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }
}
