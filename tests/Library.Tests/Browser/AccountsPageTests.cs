using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The Accounts page in Chromium, as the first administrator: the list, a new shared account refused an
/// administrative role with the message beside the role, created with a desk role instead, edited, and given a
/// password its owner must change.
/// </summary>
public sealed class AccountsPageTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_administrator_creates_a_shared_account_after_the_page_shows_why_it_may_not_administer()
    {
        await Page.GotoAsync("/accounts");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accounts");
        var adminRow = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Administrator" });
        await Expect(adminRow).ToContainTextAsync("Personal");
        await Expect(adminRow).ToContainTextAsync("General System Administrator");
        await Expect(adminRow).ToContainTextAsync("Work Order Operator"); // institution-wide: no scope listed
        await ScreenshotAsync("accounts");

        await Page.GetByRole(AriaRole.Link, new() { Name = "New account", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/accounts/new$"));
        await Page.GetByLabel("User name", new() { Exact = true }).FillAsync("desk.main");
        await Page.GetByLabel("Display name", new() { Exact = true }).FillAsync("Main circulation desk");
        await Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("shared");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("the desk's first password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add role", Exact = true }).ClickAsync();
        var grant = Page.GetByRole(AriaRole.Group, new() { Name = "Role 1", Exact = true });
        var role = grant.GetByLabel("Role", new() { Exact = true });
        await role.SelectOptionAsync("General System Administrator");
        // An institution-wide role takes no scope.
        await Expect(grant.GetByLabel("Scope", new() { Exact = true })).ToHaveCountAsync(0);
        var create = Page.GetByRole(AriaRole.Button, new() { Name = "Create account", Exact = true });
        await create.ClickAsync();

        // The host's 400 names roles[0].role; its message is the role select's, and what was typed stays.
        await Expect(role).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(role).ToHaveAccessibleDescriptionAsync(new Regex("A shared account may hold fulfilment roles only"));
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("One or more validation errors occurred.");
        await Expect(Page.GetByLabel("User name", new() { Exact = true })).ToHaveValueAsync("desk.main");
        await Expect(Page.GetByLabel("Kind", new() { Exact = true })).ToHaveValueAsync("shared");
        await ScreenshotAsync("new-account-refused");
        Assert.Equal(HttpStatusCode.NotFound, (await (await Host.SignedInAsync()).GetAsync("/api/accounts/desk.main")).StatusCode);

        // A desk role instead, scoped to the desk.
        await role.SelectOptionAsync("Circulation Desk Operator");
        await grant.GetByLabel("Scope", new() { Exact = true }).FillAsync("MAIN_CIRC");
        await create.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/accounts/desk.main$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account: desk.main");
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Created desk.main");
        await Expect(Page.GetByLabel("User name", new() { Exact = true })).ToHaveAttributeAsync("readonly", "");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Role 1", Exact = true }).GetByLabel("Scope", new() { Exact = true }))
            .ToHaveValueAsync("MAIN_CIRC");

        // Edited: an end date, another display name.
        await Page.GetByLabel("Display name", new() { Exact = true }).FillAsync("Main desk (evenings)");
        await Page.GetByLabel("End date", new() { Exact = true }).FillAsync("2031-12-31");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved");

        // A password set by the administrator, which the desk's staff must change at the next sign-in.
        var setPassword = Page.GetByRole(AriaRole.Form, new() { Name = "Set password" });
        await setPassword.GetByLabel("New password", new() { Exact = true }).FillAsync("the desk's second password");
        await setPassword.GetByRole(AriaRole.Button, new() { Name = "Set password", Exact = true }).ClickAsync();
        await Expect(setPassword.GetByRole(AriaRole.Status)).ToContainTextAsync("must change it at the next sign-in");
        await ScreenshotAsync("account-edited");

        var desk = await (await (await Host.SignedInAsync()).GetAsync("/api/accounts/desk.main")).ReadAsync<AccountView>(HttpStatusCode.OK);
        Assert.Equal(("Main desk (evenings)", "shared", "2031-12-31", true),
            (desk.DisplayName, desk.Kind.ToString().ToLowerInvariant(), desk.EndDate?.ToString("yyyy-MM-dd"), desk.PasswordExpired));
        var held = Assert.Single(desk.Roles);
        Assert.Equal("Circulation Desk Operator", held.Role);
        Assert.Equal(["MAIN_CIRC"], held.Scope!);
        Assert.Equal(HttpStatusCode.OK, (await Host.NewClient().PostAsJsonAsync("/api/auth/login",
            new { userName = "desk.main", password = "the desk's second password" })).StatusCode);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).First.ClickAsync();
        var deskRow = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "desk.main" });
        await Expect(deskRow).ToContainTextAsync("Shared");
        await Expect(deskRow).ToContainTextAsync("2031-12-31");
        await Expect(deskRow).ToContainTextAsync("Circulation Desk Operator: MAIN_CIRC");
        await Expect(deskRow).ToContainTextAsync("password to change");
        // Chromium logs the refused creation's 400; nothing else went wrong.
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }
}
