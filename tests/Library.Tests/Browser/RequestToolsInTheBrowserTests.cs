using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>The staff's Create request form, the lists' Find box and Filter by this Record, and the request page's notes and status.</summary>
public sealed class RequestToolsInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static JsonObject Request(string barcode, string requesterId, string name, string title, string? isbn = null)
    {
        var body = Api.NewRequest(barcode);
        body["requester"]!["id"] = requesterId;
        body["requester"]!["name"] = name;
        body["item"]!["title"] = title;
        body["item"]!["isbn"] = isbn;
        return body;
    }

    [Fact]
    public async Task Staff_create_a_request_for_a_patron_and_a_refusal_names_the_field()
    {
        await Page.GotoAsync("/requests");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Create request", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Create digitization request" })).ToBeVisibleAsync();

        await Field("Requester id").FillAsync("p-5001");
        await Field("Name").FillAsync("Hélène Lefèvre");
        await Field("E-mail").FillAsync("not an address");
        await Field("User group").FillAsync("Undergraduate");
        await Field("Language of the letters").SelectOptionAsync("fr");
        await Field("Barcode").FillAsync(Api.Barcode);
        await Field("Title").FillAsync("Madame Bovary");
        await Field("Library").FillAsync("MAIN");
        await Field("Location").FillAsync("GEN");
        await Field("Volume").FillAsync("2");
        await Field("Request type").SelectOptionAsync("partial");
        await Field("Pages").FillAsync("10-20");
        await Field("Department").SelectOptionAsync(Api.Department);
        await Button("Create request").ClickAsync();
        await Expect(Field("E-mail")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(await (await Client.GetAsync("/api/requests")).ReadAsync<List<DigitizationRequestSummary>>(System.Net.HttpStatusCode.OK));

        await Field("E-mail").FillAsync("helene@example.org");
        await ScreenshotAsync("create-request-filled");
        await Button("Create request").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Madame Bovary" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Hélène Lefèvre, p-5001")).ToBeVisibleAsync();

        var created = (await (await Client.GetAsync("/api/requests")).ReadAsync<List<DigitizationRequestSummary>>(System.Net.HttpStatusCode.OK)).Single();
        var view = await Client.GetRequestAsync(created.Id);
        Assert.Equal(("Hélène Lefèvre", "fr", "2", "10-20"), (view.Requester.Name, view.Requester.Language, view.Item.Volume, view.Part!.Pages));
        Assert.Contains("status of 400", Assert.Single(ConsoleErrors)); // the browser's own line for the refused creation
    }

    [Fact]
    public async Task The_find_box_narrows_the_lists_and_filter_by_this_record_shows_the_same_book()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", management: "Parallel", approval: true);
        await Client.CreateAsync(Request("39001000601", "p-6001", "Hélène Lefèvre", "Madame Bovary", isbn: "0-306-40615-2"));
        await Client.CreateAsync(Request("39001000602", "p-6002", "Jean Martin", "Madame Bovary (édition critique)", isbn: "978-0-306-40615-7"));
        await Client.CreateAsync(Request("39001000603", "p-6003", "Zhang Wei", "Der Zauberberg"));

        await Page.GotoAsync("/requests");
        var rows = Page.Locator("table.requests tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Field("Find").FillAsync("lefevre");
        await Button("Find").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Hélène Lefèvre (p-6001)");
        await ScreenshotAsync("in-process-found");

        await Page.GotoAsync("/approvals");
        var approvals = Page.Locator("table tbody tr");
        await Expect(approvals).ToHaveCountAsync(3);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter by the record of Chapitre 3 — Madame Bovary", Exact = true }).ClickAsync();
        await Expect(approvals).ToHaveCountAsync(2);
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Requests for the same record as Chapitre 3 — Madame Bovary.");
        await Field("Find").FillAsync("martin");
        await Button("Find").ClickAsync();
        await Expect(approvals).ToHaveCountAsync(1);
        await Expect(approvals.First).ToContainTextAsync("Jean Martin");
        await Button("Show all").ClickAsync();
        await Button("Clear").ClickAsync();
        await Expect(approvals).ToHaveCountAsync(3);
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Notes_are_added_edited_found_and_deleted_and_the_status_is_set_with_a_note()
    {
        var request = await Client.CreateAsync();
        await Page.GotoAsync($"/requests/{request.Id}");

        var notes = Page.GetByRole(AriaRole.Table).Filter(new() { Has = Page.GetByRole(AriaRole.Columnheader, new() { Name = "Created by" }) }).Locator("tbody tr");
        await Field("New note").FillAsync("Fragile binding");
        await Button("Add note").ClickAsync();
        await Expect(notes).ToHaveCountAsync(1);
        await Expect(Field("New note")).ToHaveValueAsync("");
        await Field("New note").FillAsync("Patron asked for colour");
        await Button("Add note").ClickAsync();
        await Expect(notes).ToHaveCountAsync(2);
        await Expect(notes.Nth(1)).ToContainTextAsync(LibraryHost.AdminUserName);

        await Button("Edit the note \"Fragile binding\"").ClickAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Note", Exact = true }).FillAsync("Fragile binding: scan on the cradle");
        await Button("Save").ClickAsync();
        await Expect(notes.First).ToContainTextAsync("Fragile binding: scan on the cradle");

        await Field("Find notes").FillAsync("colour");
        await Page.GetByRole(AriaRole.Search, new() { Name = "Find in the notes" }).GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(notes).ToHaveCountAsync(1);
        await Button("Delete the note \"Patron asked for colour\"").ClickAsync();
        await Button("Confirm deletion").ClickAsync();
        await Expect(Page.GetByText("No notes.")).ToBeVisibleAsync();

        await Field("New status").SelectOptionAsync("Digitization");
        await Field("Note for the history").FillAsync("Brought by hand");
        await ScreenshotAsync("status-change-filled");
        await Button("Change status").ClickAsync();
        await Expect(Page.Locator(".status-line").First).ToContainTextAsync("Digitization");

        var view = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Digitization, view.Status);
        Assert.Contains(view.History, h => h.Note == "Status set to Digitization on the Edit page: Brought by hand");
        Assert.Equal(["Added", "Added", "Edited", "Deleted"], view.History.Where(h => h.Activity == "notes").Select(h => h.Outcome));
        Assert.Empty(ConsoleErrors);
    }
}
