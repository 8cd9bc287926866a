using System.Net;
using System.Net.Http.Json;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Resource-sharing staff's lending pages in Chromium: the task list with its facets, search and row actions, a
/// request's page with its alerts, notes, communications, history and shipping slip, and Scan In Items for lending.
/// </summary>
public sealed class LendingPagesTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Title = "Principles of computer science";
    private const string OtherBarcode = "39001000456";

    private async Task<LendingRequestView> CreateAsync(string externalId, string format = "Physical", string barcode = LendingApi.KnownBarcode)
    {
        var body = LendingApi.NewLendingRequest(format, barcode: barcode);
        body["externalId"] = externalId;
        return await Client.CreateLendingAsync(body);
    }

    private ILocator Row(string externalId) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = externalId });

    [Fact]
    public async Task Staff_filter_the_task_list_ship_a_request_from_its_row_and_read_its_history()
    {
        var physical = await CreateAsync("ILL-A-0001");
        var digital = await CreateAsync("ILL-B-0002", "Digital", OtherBarcode);

        await Page.GotoAsync("/lending");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lending requests");
        await Expect(Row("ILL-A-0001")).ToHaveCountAsync(1);
        await Expect(Row("ILL-B-0002")).ToHaveCountAsync(1);
        await Expect(Page.GetByText("2 requests")).ToBeVisibleAsync();
        await ScreenshotAsync("lending-all");

        // A facet filters at once; the search when submitted.
        var format = Page.GetByLabel("Requested format", new() { Exact = true });
        await format.SelectOptionAsync("Digital");
        await Expect(Row("ILL-A-0001")).ToHaveCountAsync(0);
        await Expect(Row("ILL-B-0002")).ToContainTextAsync("Digital");
        await format.SelectOptionAsync("");
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync(LendingApi.KnownBarcode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Row("ILL-B-0002")).ToHaveCountAsync(0);
        await Expect(Row("ILL-A-0001")).ToHaveCountAsync(1);
        await ScreenshotAsync("lending-searched");

        // The row offers what the request allows now; Ship item asks for the due date and the barcodes.
        var row = Row("ILL-A-0001");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true })).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { Name = "Ship item", Exact = true }).ClickAsync();
        var ship = Page.GetByRole(AriaRole.Form, new() { Name = $"Ship item: {Title}" });
        await Expect(ship.GetByLabel("Item barcodes", new() { Exact = true })).ToHaveValueAsync(LendingApi.KnownBarcode);
        await ship.GetByRole(AriaRole.Button, new() { Name = "Ship", Exact = true }).ClickAsync();
        await Expect(ship.GetByLabel("Due date", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await ship.GetByLabel("Due date", new() { Exact = true }).FillAsync("2099-03-31");
        await ship.GetByLabel("Note to partner", new() { Exact = true }).FillAsync("Handle with care");
        await ScreenshotAsync("lending-ship");
        await ship.GetByRole(AriaRole.Button, new() { Name = "Ship", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Shipped Physically");
        await Expect(ship).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Shipped Physically");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Ship item", Exact = true })).ToHaveCountAsync(0);
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true })).ToHaveCountAsync(1);

        await row.GetByRole(AriaRole.Button, new() { Name = "Assign to me", Exact = true }).ClickAsync();
        await Expect(row).ToContainTextAsync(LibraryHost.AdminUserName);
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Release", Exact = true })).ToHaveCountAsync(1);
        await ScreenshotAsync("lending-shipped");

        // The digital request ships a link under terms of use, completing it at once (a form sent as multipart).
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync("ill-b-0002");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Row("ILL-B-0002").GetByRole(AriaRole.Button, new() { Name = "Ship digitally", Exact = true }).ClickAsync();
        var shipDigitally = Page.GetByRole(AriaRole.Form, new() { Name = $"Ship digitally: {Title}" });
        await shipDigitally.GetByLabel("Or the file's address (URL)", new() { Exact = true }).FillAsync("https://files.library.example/ill-b-0002.pdf");
        await shipDigitally.GetByLabel("Terms of use", new() { Exact = true }).FillAsync("Single copy for research");
        await shipDigitally.GetByLabel("Complete the request now", new() { Exact = true }).CheckAsync();
        await shipDigitally.GetByRole(AriaRole.Button, new() { Name = "Ship", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Request Completed");
        // Completed, it has left the active list.
        await Expect(Row("ILL-B-0002")).ToHaveCountAsync(0);
        var digitallyShipped = await Client.GetLendingAsync(digital.Id);
        Assert.Equal((LendingStatus.RequestCompleted, "https://files.library.example/ill-b-0002.pdf", "Single copy for research"),
            (digitallyShipped.Status, digitallyShipped.DigitalShipment?.Url, digitallyShipped.DigitalShipment?.TermsOfUse));
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync(LendingApi.KnownBarcode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        var shipped = await Client.GetLendingAsync(physical.Id);
        Assert.Equal((LendingStatus.ShippedPhysically, new DateOnly(2099, 3, 31), LibraryHost.AdminUserName), (shipped.Status, shipped.DueDate, shipped.Assignee));

        // The request's page: its history says who moved it from which status to which, and the slip what ships.
        await row.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        var history = Page.GetByRole(AriaRole.Region, new() { Name = "History" });
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lending Request Created → Shipped Physically" }))
            .ToContainTextAsync(LibraryHost.AdminUserName);
        var slip = Page.GetByRole(AriaRole.Region, new() { Name = "Shipping slip" });
        await Expect(slip).ToContainTextAsync("Bibliothèque Royale (BRL01)");
        await Expect(slip).ToContainTextAsync("ill@partner.example");
        await Expect(slip.Locator("address")).ToHaveTextAsync("Bibliothèque Royale\nService du prêt interbibliothèques\nBoulevard de l'Empereur 4\n1000 Bruxelles\nBelgique");
        await Expect(slip).ToContainTextAsync(LendingApi.KnownBarcode);
        await Expect(slip).ToContainTextAsync("2099-03-31");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Notes" })).ToContainTextAsync("Handle with care");
        await ScreenshotAsync("lending-request");
        // Printed, the page is the slip alone.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(history).Not.ToBeVisibleAsync();
        await Expect(slip).ToBeVisibleAsync();
        await ScreenshotAsync("lending-request-printed");
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The shipment without a due date is the only console error: Chromium logs the 400 the form showed.
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_request_page_dismisses_alerts_adds_notes_shows_what_the_partner_was_sent_and_takes_actions()
    {
        var request = await CreateAsync("ILL-C-0003");
        await Client.ActAsync(request.Id, "move-request", new { library = "MAIN", location = "RS" });
        await Client.ActAsync(request.Id, "partner-email", new { subject = "About your request ILL-C-0003", body = "The item is in the bindery." });

        await Page.GotoAsync($"/lending/{request.Id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Process" })).ToContainTextAsync("Lending Request Created");
        var communications = Page.GetByRole(AriaRole.Region, new() { Name = "Communications" });
        await Expect(communications).ToContainTextAsync("About your request ILL-C-0003");
        await Expect(communications.GetByRole(AriaRole.Table, new() { Name = "Letters to the partner" })).ToContainTextAsync("ill@partner.example");
        var alerts = Page.GetByRole(AriaRole.Region, new() { Name = "Alerts" });
        await Expect(alerts.GetByRole(AriaRole.Link, new() { Name = "Move request in process" })).ToBeVisibleAsync();
        await ScreenshotAsync("request-with-alert");

        await alerts.GetByRole(AriaRole.Button, new() { Name = "Dismiss the alert \"Move request in process\"" }).ClickAsync();
        await Expect(alerts).ToContainTextAsync("No alerts.");
        Assert.Empty((await Client.GetLendingAsync(request.Id)).Alerts);

        var notes = Page.GetByRole(AriaRole.Region, new() { Name = "Notes" });
        await notes.GetByLabel("Internal note", new() { Exact = true }).FillAsync("Binding checked before shipping");
        await notes.GetByRole(AriaRole.Button, new() { Name = "Add note", Exact = true }).ClickAsync();
        await Expect(notes.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Binding checked before shipping" })).ToContainTextAsync("Internal");

        // An action from the page: Reject, with its reason from the institution's list and the two notes.
        await Page.GetByRole(AriaRole.Group, new() { Name = "Actions" }).GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();
        var reject = Page.GetByRole(AriaRole.Form, new() { Name = $"Reject: {Title}" });
        await reject.GetByLabel("Rejection reason", new() { Exact = true }).SelectOptionAsync("Poor condition");
        await reject.GetByLabel("Note to partner", new() { Exact = true }).FillAsync("Sorry, the binding is too fragile.");
        await ScreenshotAsync("request-reject");
        await reject.GetByRole(AriaRole.Button, new() { Name = "Reject request", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Rejected");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "History" })).ToContainTextAsync("Lending Request Created → Rejected");
        await Expect(communications.GetByRole(AriaRole.Table, new() { Name = "Letters to the partner" })).ToContainTextAsync("Cannot supply");
        await ScreenshotAsync("request-rejected");

        var rejected = await Client.GetLendingAsync(request.Id);
        Assert.Equal((LendingStatus.Rejected, "Poor condition"), (rejected.Status, rejected.RejectionReason));
        Assert.Contains(rejected.Notes, n => n is { Kind: NoteKind.Internal, Text: "Binding checked before shipping" });
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task Scanning_lending_items_checks_in_the_lent_one_ships_the_waiting_one_and_asks_which_request_when_two_wait()
    {
        var lent = await CreateAsync("ILL-D-0004");
        await Client.ActAsync(lent.Id, "ship-physically", LendingApi.Shipment("2099-01-31"));
        var waiting = await CreateAsync("ILL-E-0005", barcode: OtherBarcode);

        await Page.GotoAsync("/scan-in");
        await Page.GetByLabel("Lending: check in or ship", new() { Exact = true }).CheckAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Scan in lending items" });
        var barcode = form.GetByLabel("Barcode", new() { Exact = true });
        var status = Page.GetByRole(AriaRole.Status);

        await barcode.FillAsync(LendingApi.KnownBarcode);
        await form.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();
        await Expect(status).ToContainTextAsync("is now Request Completed");
        await Expect(barcode).ToHaveValueAsync("");
        await Expect(barcode).ToBeFocusedAsync();
        await ScreenshotAsync("scan-in-checked-in");

        // The waiting item ships, once a due date is given.
        await barcode.FillAsync(OtherBarcode);
        await form.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();
        await Expect(form.GetByText("give the date it is due back")).ToBeVisibleAsync();
        await form.GetByLabel("Due date", new() { Exact = true }).FillAsync("2099-06-30");
        await form.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();
        await Expect(status).ToContainTextAsync("ILL-E-0005) is now Shipped Physically");

        Assert.Equal(LendingStatus.RequestCompleted, (await Client.GetLendingAsync(lent.Id)).Status);
        var shipped = await Client.GetLendingAsync(waiting.Id);
        Assert.Equal((LendingStatus.ShippedPhysically, new DateOnly(2099, 6, 30)), (shipped.Status, shipped.DueDate));

        // Two requests wait for the same item: the scan lists them, and the one chosen ships.
        var first = await CreateAsync("ILL-F-0006");
        var second = await CreateAsync("ILL-G-0007");
        await barcode.FillAsync(LendingApi.KnownBarcode);
        await form.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();
        var choice = Page.GetByRole(AriaRole.Group, new() { Name = "Which lending request is this item for?" });
        await Expect(choice.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await ScreenshotAsync("scan-in-which-request");
        await choice.GetByLabel("BRL01 ILL-G-0007", new() { Exact = false }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Scan in", Exact = true }).ClickAsync();
        await Expect(status).ToContainTextAsync("ILL-G-0007) is now Shipped Physically");
        await Expect(choice).ToHaveCountAsync(0);

        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.GetLendingAsync(first.Id)).Status);
        Assert.Equal(LendingStatus.ShippedPhysically, (await Client.GetLendingAsync(second.Id)).Status);
        // The first scans' refusals are the only console errors: Chromium logs each 400 the page handled.
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 400", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_fulfilment_operator_is_offered_the_lending_and_move_pages_and_the_actions_of_their_library()
    {
        var ours = await CreateAsync("ILL-H-0008");
        var body = LendingApi.NewLendingRequest();
        body["externalId"] = "ILL-I-0009";
        body["item"]!["library"] = "MAIN";
        await Client.CreateLendingAsync(body);
        var admin = await Host.SignedInAsync();
        await (await admin.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount("rs.operator", roles: AccountApi.Role("Fulfillment Services Operator", "LAW"))))
            .ReadAsync<AccountView>(HttpStatusCode.Created);

        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/lending");
        await SignInAsync("rs.operator", AccountApi.Password);
        await Page.GetByLabel("Current password", new() { Exact = true }).FillAsync(AccountApi.Password);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(AccountApi.ChangedPassword);
        await Page.GetByLabel("New password again", new() { Exact = true }).FillAsync(AccountApi.ChangedPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lending requests");

        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["In-process items", "Scan in items", "Lending requests", "Move requests", "Partners", "Item catalogue"]);
        // The request at the operator's library has its actions; the other library's is listed without them.
        await Expect(Row("ILL-H-0008").GetByRole(AriaRole.Button, new() { Name = "Ship item", Exact = true })).ToHaveCountAsync(1);
        await Expect(Row("ILL-I-0009")).ToContainTextAsync("Lending Request Created");
        await Expect(Row("ILL-I-0009").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("operator-lending");

        // Scan In Items offers only the lending scan: the operator scans at no department or desk.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Scan in items", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Scan in lending items" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Lending: check in or ship", new() { Exact = true })).ToHaveCountAsync(0);

        Assert.Equal(LendingStatus.LendingRequestCreated, (await Client.GetLendingAsync(ours.Id)).Status);
        Assert.Contains("status of 401", Assert.Single(ConsoleErrors));
        Assert.Empty(OffsiteRequests);
    }
}
