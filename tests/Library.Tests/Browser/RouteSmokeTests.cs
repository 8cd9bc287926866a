using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Every route of the designer UI's contract loads with its one h1 and the main navigation, fits a tablet's width,
/// logs no console error, and asks nothing of a host other than this machine ("no page loads anything from the
/// internet").
/// </summary>
public sealed class RouteSmokeTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private static readonly string[] MainLinks =
        ["In-process items", "Scan in items", "Lending requests", "Move requests", "Approval requests", "Profile rules", "Workflow definitions", "Workflow instances", "Accounts",
         "Scan stations", "Outbox", "Partners", "Workflow profiles", "Lending reasons", "Item catalogue", "Digitization departments", "Patron limits", "Document delivery rules", "Reason lists", "Letters"];

    /// <summary>
    /// The contract's routes; {rule}, {approval}, {request}, {lending}, {move} and {instance} are filled in with records the
    /// test makes.
    /// </summary>
    public static TheoryData<string> Routes() =>
    [
        "/", "/rules", "/rules/new", "/rules/{rule}", "/definitions", "/definitions/digitization/1", "/definitions/import-elsa",
        "/workflow-instances", "/workflow-instances/{instance}",
        "/approvals", "/approvals/{approval}", "/requests", "/requests/{request}", "/scan-in",
        "/accounts", "/accounts/new", "/accounts/admin", "/scan-stations", "/outbox", "/lending", "/lending/{lending}", "/moves", "/moves/{move}",
        "/partners", "/workflow-profiles", "/lending-reasons", "/items", "/departments", "/patron-limits", "/delivery-rules", "/reason-lists", "/letters", "/letters/FulCancelRequestLetter/fr",
    ];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_page_loads_with_its_heading_without_console_errors_or_requests_off_this_machine(string route)
    {
        var path = await ResolveAsync(Client, route);

        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        if (route == "/") await Expect(Page).ToHaveURLAsync(new Regex("/requests$"));
        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();
        await Expect(Page.Locator("h1")).Not.ToBeEmptyAsync();
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var link in MainLinks) await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        // The page's own API calls have finished, so an error they cause is logged by now.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var name = route == "/" ? "root" : route.Trim('/').Replace('/', '-').Replace("{", "").Replace("}", "");
        await ScreenshotAsync(name);

        // At tablet width the page itself never scrolls sideways; only a wide table scrolls inside its own box.
        await Page.SetViewportSizeAsync(Tablet.Width, Tablet.Height);
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a {Tablet.Width} px screen");
        await ScreenshotAsync($"{name}-768x1024");

        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    /// <summary>Every route's path with the records it names made once; one request serves its own page and its approval's.</summary>
    internal static async Task<List<string>> PathsAsync(HttpClient client)
    {
        var paths = new List<string>();
        foreach (var route in Routes().Cast<object[]>().Select(row => (string)row[0]).Where(r => r != "/requests/{request}"))
            paths.AddRange(route == "/approvals/{approval}"
                ? (await ResolveAsync(client, "/approvals/{approval}\n/requests/{request}")).Split('\n')
                : [await ResolveAsync(client, route)]);
        return paths;
    }

    /// <summary>Makes the records a route names: the default rule exists; an approval needs a rule that asks for one.</summary>
    internal static async Task<string> ResolveAsync(HttpClient client, string route)
    {
        if (route.Contains("{rule}"))
        {
            var rules = await (await client.GetAsync("/api/profile-rules")).ReadAsync<JsonArray>(HttpStatusCode.OK);
            return route.Replace("{rule}", rules.Single(r => (bool)r!["isDefault"]!)!["id"]!.ToString());
        }
        if (route.Contains("{approval}") || route.Contains("{request}"))
        {
            await client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true, copyrightClearance: true);
            var request = await client.CreateAsync();
            return route.Replace("{approval}", request.Approval!.Id.ToString()).Replace("{request}", request.Id.ToString());
        }
        // A request's workflow instance: its page draws the flowchart where it waits.
        if (route.Contains("{instance}")) return route.Replace("{instance}", (await client.CreateAsync()).Workflow!.InstanceId.ToString());
        if (route.Contains("{lending}")) return route.Replace("{lending}", (await client.CreateLendingAsync()).Id.ToString());
        if (route.Contains("{move}"))
        {
            // A lending request's move: its page shows the lending request it serves, and its flowchart.
            var lending = await client.CreateLendingAsync();
            var moving = await client.ActAsync(lending.Id, "move-request", new { library = "MAIN", location = "RS" });
            return route.Replace("{move}", moving.Alerts.Single().LinkedRequestId.ToString());
        }
        return route;
    }
}
