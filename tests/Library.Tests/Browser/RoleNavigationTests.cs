using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The pages and buttons the UI offers follow the signed-in account's roles: a Work Order Operator of one department
/// sees neither the administrator's nor the manager's pages, nor the row actions of another department's requests,
/// and scans in only where the role applies.
/// </summary>
public sealed class RoleNavigationTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Lab = "AV_LAB";
    private const string Password = "the operator's own password";

    protected override bool StartsSignedIn => false;

    [Fact]
    public async Task A_work_order_operator_of_one_department_is_offered_only_that_departments_work()
    {
        (await Client.PutAsJsonAsync($"/api/departments/{Lab}", new { name = "Audio-visual lab", description = "", workTimeDays = 7, servedLibraries = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();
        // Routed to the default department, which the operator does not work at.
        var request = await Client.CreateAsync();
        Assert.Equal(Api.Department, request.Department);
        Assert.Equal(["mark-missing", "cancel"], request.Actions);
        var admin = await Host.SignedInAsync();
        await (await admin.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount("w.operator", roles: AccountApi.Role("Work Order Operator", Lab))))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        await Page.GotoAsync("/requests");
        await SignInAsync("w.operator", AccountApi.Password);
        await Page.GetByLabel("Current password", new() { Exact = true }).FillAsync(AccountApi.Password);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("New password again", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("In-process items");

        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["In-process items", "Scan in items"]);

        // The request is listed, without the Mark missing and Cancel the API offers: it is another department's.
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Api.Barcode });
        await Expect(row).ToContainTextAsync(Api.Department);
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("requests");

        // Scanning in lists the operator's department only.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Scan in items", Exact = true }).ClickAsync();
        var department = Page.GetByLabel("Department", new() { Exact = true });
        await Expect(department.Locator("option")).ToHaveTextAsync(["Audio-visual lab (AV_LAB)"]);
        await ScreenshotAsync("scan-in");

        // An administrator's page reached by its address says so rather than failing call by call.
        await Page.GotoAsync("/rules");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not available to your account");
        await ScreenshotAsync("rules-not-available");

        Assert.Equal(DigitizationStatus.PickupFromShelf, (await Client.GetRequestAsync(request.Id)).Status);
        // The first load's 401, before signing in; the operator's pages asked the host for nothing it refused.
        Assert.Contains("status of 401", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }
}
