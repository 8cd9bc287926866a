using System.Net;
using System.Text.Json.Nodes;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The Scan stations page in Chromium: a station registered with its key shown once, a new key, and a revocation
/// confirmed before it is made.
/// </summary>
public sealed class ScanStationsPageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_administrator_registers_a_station_sees_its_key_once_rotates_it_and_revokes_the_station()
    {
        await Page.GotoAsync("/scan-stations");
        await Expect(Page.GetByText("No scan station is registered.")).ToBeVisibleAsync();
        var register = Page.GetByRole(AriaRole.Form, new() { Name = "Register a scan station" });
        await register.GetByLabel("Station id", new() { Exact = true }).FillAsync("digi-1");
        await register.GetByLabel("Department", new() { Exact = true }).FillAsync(Api.Department);
        await register.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        var notice = Page.GetByRole(AriaRole.Region, new() { Name = "Key of digi-1" });
        await Expect(notice).ToBeFocusedAsync();
        var firstKey = await notice.Locator("code.key").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(firstKey));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "digi-1" });
        await Expect(row).ToContainTextAsync($"Department {Api.Department}");
        await Expect(row).ToContainTextAsync("Active");
        await Expect(register.GetByLabel("Station id", new() { Exact = true })).ToHaveValueAsync("");
        await ScreenshotAsync("registered");

        await notice.GetByRole(AriaRole.Button, new() { Name = "I have set the key", Exact = true }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { Name = "Rotate key of digi-1", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("New key for digi-1");
        Assert.NotEqual(firstKey, await notice.Locator("code.key").TextContentAsync());

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke digi-1", Exact = true }).ClickAsync();
        await ScreenshotAsync("revoke-confirm");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke digi-1 for good", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Revoked digi-1");
        await Expect(row).ToContainTextAsync("Revoked");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("revoked");

        var stations = await (await (await Host.SignedInAsync()).GetAsync("/api/scan-stations")).ReadAsync<JsonArray>(HttpStatusCode.OK);
        Assert.NotNull(Assert.Single(stations)!["revokedAt"]);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }
}
