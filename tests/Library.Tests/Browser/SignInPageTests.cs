using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Signing in and out in Chromium with the session cookie: the sign-in page at whatever path was asked for, a wrong
/// password, a password the administrator chose that must be changed first, and the anti-forgery token every change
/// carries.
/// </summary>
public sealed class SignInPageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    protected override bool StartsSignedIn => false;

    private ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator MainNavigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    [Fact]
    public async Task Staff_sign_in_with_the_keyboard_go_on_to_the_page_they_asked_for_and_sign_out()
    {
        var changes = new List<IRequest>();
        var actingHeaders = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Method != "GET") lock (changes) changes.Add(request);
            if (request.Headers.ContainsKey("x-acting-account")) lock (actingHeaders) actingHeaders.Add(request.Url);
        };

        await Page.GotoAsync("/approvals");
        await Expect(Heading).ToHaveTextAsync("Sign in");
        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(Page).ToHaveURLAsync(new Regex("/approvals$"));
        await Expect(MainNavigation).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("User name", new() { Exact = true })).ToBeFocusedAsync();
        await ScreenshotAsync("sign-in");

        await Page.Keyboard.TypeAsync(LibraryHost.AdminUserName);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(LibraryHost.AdminPassword);
        await Page.Keyboard.PressAsync("Enter");

        // Signed in, the page asked for follows; the header names the account and offers to sign out.
        await Expect(Heading).ToHaveTextAsync("Approval requests");
        await Expect(Page).ToHaveURLAsync(new Regex("/approvals$"));
        var banner = Page.GetByRole(AriaRole.Banner);
        await Expect(banner).ToContainTextAsync("Administrator (admin)");
        await Expect(MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("signed-in");

        // The session is an HttpOnly, SameSite=Strict cookie the page's script never sees.
        var session = Assert.Single(await Page.Context.CookiesAsync(), c => c.Name == "library.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.DoesNotContain("library.session", await Page.EvaluateAsync<string>("() => document.cookie"));

        // After a reload the cookie still signs in, and the page fetches the session's token again: signing out is a
        // change, and the host refuses a change without it.
        await Page.ReloadAsync();
        await Expect(Heading).ToHaveTextAsync("Approval requests");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Sign in");
        await Expect(MainNavigation).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("User name", new() { Exact = true })).ToHaveValueAsync("");
        await ScreenshotAsync("signed-out");

        var logout = Assert.Single(changes, r => r.Url.EndsWith("/api/auth/logout", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(await logout.HeaderValueAsync("x-csrf-token")));
        Assert.Equal(204, (await logout.ResponseAsync())!.Status);
        Assert.Empty(actingHeaders);

        // The session is over on the host too: a reload shows the sign-in page again.
        await Page.ReloadAsync();
        await Expect(Heading).ToHaveTextAsync("Sign in");
        // Chromium logs the 401 of each load that finds nobody signed in; nothing else.
        Assert.Equal(2, ConsoleErrors.Count);
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 401", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_hosts_message_and_the_user_name_stays()
    {
        await Page.GotoAsync("/requests");
        await SignInAsync(LibraryHost.AdminUserName, "not the password");

        var alert = Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Not signed in.");
        await Expect(alert).ToContainTextAsync("Wrong user name or password.");
        await Expect(Heading).ToHaveTextAsync("Sign in");
        await Expect(Page.GetByLabel("User name", new() { Exact = true })).ToHaveValueAsync(LibraryHost.AdminUserName);
        var password = Page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveValueAsync("");
        await Expect(password).ToBeFocusedAsync();
        await ScreenshotAsync("wrong-password");

        await password.FillAsync(LibraryHost.AdminPassword);
        await password.PressAsync("Enter");
        await Expect(Heading).ToHaveTextAsync("In-process items");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        // The first load's 401 (nobody signed in) and the refused sign-in's.
        Assert.Equal(2, ConsoleErrors.Count);
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 401", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task An_account_whose_password_the_administrator_set_changes_it_before_anything_else()
    {
        var admin = await Host.SignedInAsync();
        await (await admin.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount("m.dupont", roles: AccountApi.Role("Fulfillment Services Manager"))))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        await Page.GotoAsync("/approvals");
        await SignInAsync("m.dupont", AccountApi.Password);
        await Expect(Heading).ToHaveTextAsync("Change your password");
        await Expect(MainNavigation).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Staff m.dupont (m.dupont)");
        await ScreenshotAsync("change-password");

        var current = Page.GetByLabel("Current password", new() { Exact = true });
        var newPassword = Page.GetByLabel("New password", new() { Exact = true });
        var again = Page.GetByLabel("New password again", new() { Exact = true });
        var change = Page.GetByRole(AriaRole.Button, new() { Name = "Change password", Exact = true });

        // The repetition is checked here; the host's own refusals show beside their fields.
        await current.FillAsync(AccountApi.Password);
        await newPassword.FillAsync("my own password at last");
        await again.FillAsync("my own pasword at last");
        await change.ClickAsync();
        await Expect(again).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(again).ToHaveAccessibleDescriptionAsync("The two new passwords differ.");

        await newPassword.FillAsync(AccountApi.Password);
        await again.FillAsync(AccountApi.Password);
        await change.ClickAsync();
        await Expect(newPassword).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(newPassword).ToHaveAccessibleDescriptionAsync(new Regex("must differ from the current one"));
        await Expect(again).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ScreenshotAsync("change-password-refused");

        await newPassword.FillAsync("my own password at last");
        await again.FillAsync("my own password at last");
        await change.ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Approval requests");
        await Expect(Page).ToHaveURLAsync(new Regex("/approvals$"));
        await Expect(MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Approval requests", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("password-changed");

        var own = await Host.SignedInAsync("m.dupont", "my own password at last");
        Assert.False((await (await own.GetAsync("/api/auth/me")).ReadAsync<AccountView>(HttpStatusCode.OK)).PasswordExpired);
        // The first load's 401 and the refused change's 400.
        Assert.Equal(2, ConsoleErrors.Count);
        Assert.Contains("status of 401", ConsoleErrors[0]);
        Assert.Contains("status of 400", ConsoleErrors[1]);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_session_ended_by_the_host_returns_to_the_sign_in_page_and_signing_in_again_goes_on()
    {
        await Page.GotoAsync("/rules");
        await SignInAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword);
        await Expect(Heading).ToHaveTextAsync("Profile rules");

        // Signing out everywhere (here, from a script's token) ends the browser's session too; its next call finds out.
        var admin = await Host.SignedInAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/auth/logout?everywhere=true", null)).StatusCode);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Sign in");
        await Expect(Page).ToHaveURLAsync(new Regex("/accounts$"));

        await SignInAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword);
        await Expect(Heading).ToHaveTextAsync("Accounts");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Administrator" })).ToHaveCountAsync(1);
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 401", e));
        Assert.Empty(OffsiteRequests);
    }
}
