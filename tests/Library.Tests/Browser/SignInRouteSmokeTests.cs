using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Library.Host.Contracts;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// What <see cref="RouteSmokeTests"/> checks of every route, for the two pages shown before any route: the sign-in
/// page and the password change an expired password asks for. One h1, no main navigation yet, a tablet's width, and
/// nothing asked of another machine; the one console error is Chromium's line for the 401 that says nobody is signed in.
/// </summary>
public sealed class SignInRouteSmokeTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    protected override bool StartsSignedIn => false;

    [Fact]
    public async Task The_sign_in_page_and_the_password_change_load_with_one_heading_and_nothing_from_elsewhere()
    {
        var admin = await Host.SignedInAsync();
        await (await admin.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount("new.staff", roles: AccountApi.Role("Letter Administrator"))))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        Assert.Equal(200, (await Page.GotoAsync("/scan-stations"))!.Status);
        await ExpectSoundAsync("Sign in", "sign-in");

        await SignInAsync("new.staff", AccountApi.Password);
        await ExpectSoundAsync("Change your password", "change-password");

        Assert.Contains("status of 401", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }

    private async Task ExpectSoundAsync(string heading, string name, [CallerMemberName] string test = "")
    {
        await Expect(Page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(name, test);
        await Page.SetViewportSizeAsync(Tablet.Width, Tablet.Height);
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The {name} page is {overflow} px wider than a {Tablet.Width} px screen");
        await ScreenshotAsync($"{name}-768x1024", test);
        await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
    }
}
