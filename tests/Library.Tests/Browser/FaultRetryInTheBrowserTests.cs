using Library.Digitization;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// A request whose workflow step failed shows the failed step on its page, and an administrator retries it there once
/// the cause is fixed.
/// </summary>
public sealed class FaultRetryInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_administrator_sees_the_failed_step_on_the_request_page_and_retries_it()
    {
        var request = await Client.FaultedRequestAsync();

        await Page.GotoAsync($"/requests/{request.Id}");
        var faults = Page.GetByRole(AriaRole.Region, new() { Name = "Failed steps" });
        await Expect(faults).ToContainTextAsync("quality-check");
        await Expect(faults).ToContainTextAsync("No active version of workflow definition 'quality-check'");
        await Expect(Page.GetByText("Status: Digitization")).ToBeVisibleAsync();
        await ScreenshotAsync("request-with-failed-step");

        // Retried before the fix, it fails again and says why.
        var retry = faults.GetByRole(AriaRole.Button, new() { Name = "Retry", Exact = true });
        await retry.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A workflow step failed.");

        await Client.PublishQualityCheckAsync();
        await retry.ClickAsync();

        // The page's own status line; the Letters section has one of its own.
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Retried quality-check" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Status: Document Delivery")).ToBeVisibleAsync();
        await Expect(faults).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Retried" })).ToContainTextAsync("admin");
        await ScreenshotAsync("request-retried");
        Assert.Equal(DigitizationStatus.DocumentDelivery, (await Client.GetRequestAsync(request.Id)).Status);
        Assert.Empty(OffsiteRequests);
    }
}
