using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The staff UI in English, French and Chinese: every page rendered in each with no text missing (a missing key is a
/// console error), the header's switcher saving the account's language, and dates formatted for the language.
/// </summary>
public sealed class LanguagesInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    /// <summary>A navigation label per language, to see the page is in it and not in the fallback.</summary>
    private static readonly Dictionary<string, string> ScanStations = new() { ["en"] = "Scan stations", ["fr"] = "Stations de scan", ["zh"] = "扫描站" };

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("zh")]
    public async Task Every_page_renders_in_the_account_s_language_with_no_missing_text(string language)
    {
        await (await Client.PutAsJsonAsync("/api/auth/language", new { language })).ReadAsync<AccountView>(HttpStatusCode.OK);
        var nav = Page.GetByRole(AriaRole.Navigation);

        foreach (var path in await RouteSmokeTests.PathsAsync(Client))
        {
            Assert.Equal(200, (await Page.GotoAsync(path))!.Status);
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = ScanStations[language], Exact = true })).ToBeVisibleAsync();
            await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
            await Expect(Page.Locator("h1")).Not.ToBeEmptyAsync();
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await ScreenshotAsync($"{language}{(path == "/" ? "-root" : path.Replace('/', '-'))}");
        }

        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task The_header_switcher_saves_the_account_s_language_and_the_sign_in_page_keeps_the_browser_s()
    {
        await (await Client.PostAsJsonAsync("/api/scan-stations", new { id = "digi-1", department = Api.Department }))
            .ReadAsync<JsonObject>(HttpStatusCode.Created);
        var issued = (await (await Client.GetAsync("/api/scan-stations")).ReadAsync<JsonArray>(HttpStatusCode.OK)).Single()!["keyIssuedAt"]!
            .GetValue<DateTime>();
        await Page.GotoAsync("/scan-stations");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "digi-1" });
        await Expect(row).ToContainTextAsync(issued.ToUniversalTime().ToString("d", CultureInfo.GetCultureInfo("en-US")));

        await Page.GetByRole(AriaRole.Banner).GetByLabel("Language").SelectOptionAsync("fr");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Stations de scan" })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        // Dates as French writes them: day first.
        await Expect(row).ToContainTextAsync(issued.ToUniversalTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(row).ToContainTextAsync("Active");
        await ScreenshotAsync("french");
        Assert.Equal("fr", (await (await Client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).Language);

        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Stations de scan" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Se déconnecter", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Banner).GetByLabel("Langue")).ToHaveValueAsync("fr");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Page.GetByRole(AriaRole.Banner).GetByLabel("Langue").SelectOptionAsync("zh");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh");
        await Expect(Page.GetByRole(AriaRole.Banner).GetByLabel("语言")).ToHaveValueAsync("zh");
        await ScreenshotAsync("sign-in-chinese");
        // Chosen before signing in, it is this browser's: the account keeps its own.
        Assert.Equal("fr", (await (await Client.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).Language);
        Assert.Empty(ConsoleErrors);
    }
}
