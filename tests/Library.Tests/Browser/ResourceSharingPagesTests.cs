using System.Net;
using System.Net.Http.Json;
using System.Text;
using Library.Host.Contracts;
using Library.Tests.Accounts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The resource-sharing configuration pages in Chromium: partners and workflow profiles, the lending reason lists, and
/// the item catalogue searched, edited and imported into; and what a resource-sharing operator is offered of them.
/// </summary>
public sealed class ResourceSharingPagesTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_administrator_registers_a_partner_with_a_new_profile_and_edits_the_rejection_reasons()
    {
        await Page.GotoAsync("/workflow-profiles");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "DEFAULT" })).ToContainTextAsync("Default lending profile");
        await Page.GetByRole(AriaRole.Button, new() { Name = "New workflow profile", Exact = true }).ClickAsync();
        var profileForm = Page.GetByRole(AriaRole.Form, new() { Name = "Workflow profile" });
        await profileForm.GetByLabel("Code", new() { Exact = true }).FillAsync("DIGITAL");
        await profileForm.GetByLabel("Name", new() { Exact = true }).FillAsync("Digital copies with receipt");
        await profileForm.GetByLabel("Await digital receipt", new() { Exact = true }).CheckAsync();
        await profileForm.GetByLabel("Will Supply", new() { Exact = true }).UncheckAsync();
        await ScreenshotAsync("new-profile");
        await profileForm.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved workflow profile DIGITAL");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Digital copies with receipt" })).ToContainTextAsync("DIGITAL");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Partners", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "BRL01" })).ToContainTextAsync("Bibliothèque Royale");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register a partner", Exact = true }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Register a partner" });
        await form.GetByLabel("Code", new() { Exact = true }).FillAsync("UCL01");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync("University College ILL");
        await form.GetByLabel("Profile type", new() { Exact = true }).SelectOptionAsync("ISO");
        await form.GetByLabel("ISO symbol", new() { Exact = true }).FillAsync("GB-UCL01");
        await form.GetByLabel("Shared secret", new() { Exact = true }).FillAsync("s3cret");
        await form.GetByLabel("Workflow profile", new() { Exact = true }).SelectOptionAsync("DIGITAL");
        await form.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        // The API's message stands beside the field it is about; what was typed stays to be corrected.
        await Expect(form.GetByText("'isoSymbol' is an ISO 18626 agency id")).ToBeVisibleAsync();
        await ScreenshotAsync("partner-refused");
        await form.GetByLabel("ISO symbol", new() { Exact = true }).FillAsync("ISIL:GB-UCL01");
        await form.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved partner UCL01");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "UCL01" });
        await Expect(row).ToContainTextAsync("ISIL:GB-UCL01 (shared secret set)");
        await Expect(row).ToContainTextAsync("DIGITAL");
        await ScreenshotAsync("partners");

        // A partner with lending requests is not deleted: the page shows why.
        await Client.CreateLendingAsync();
        var brl = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "BRL01" });
        await brl.GetByRole(AriaRole.Button, new() { Name = "Delete BRL01", Exact = true }).ClickAsync();
        await brl.GetByRole(AriaRole.Button, new() { Name = "Delete BRL01 for good", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("has 1 lending request(s) and cannot be deleted");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Lending reasons", Exact = true }).ClickAsync();
        var rejection = Page.GetByRole(AriaRole.Form, new() { Name = "Rejection reasons", Exact = true });
        await Expect(rejection.GetByLabel("Rejection reasons, one a line", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Not available for loan\n"));
        await rejection.GetByLabel("Rejection reasons, one a line", new() { Exact = true }).FillAsync("Lost in the post\n\nOn loan\n");
        await rejection.GetByRole(AriaRole.Button, new() { Name = "Save rejection reasons", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved 2 rejection reasons");
        await ScreenshotAsync("lending-reasons");

        var partner = await (await Client.GetAsync("/api/partners/UCL01")).ReadAsync<PartnerView>(HttpStatusCode.OK);
        Assert.Equal(("DIGITAL", true, "en"), (partner.WorkflowProfile, partner.HasSharedSecret, partner.Language));
        var reasons = await (await Client.GetAsync("/api/lending-reasons/rejection")).ReadAsync<LendingReasonsBody>(HttpStatusCode.OK);
        Assert.Equal(["Lost in the post", "On loan"], reasons.Reasons);
        Assert.All(ConsoleErrors, e => Assert.Matches("status of (400|409)", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task An_administrator_searches_edits_and_imports_items_and_a_bad_file_is_refused_naming_its_row()
    {
        await Page.GotoAsync("/items");
        await Expect(Page.GetByText("3 items", new() { Exact = true })).ToBeVisibleAsync();
        await Page.GetByLabel("Title, author, ISBN, ISSN or barcode", new() { Exact = true }).FillAsync("rouge");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "39001000123" });
        await Expect(Page.GetByText("1 item matching “rouge”", new() { Exact = true })).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Edit 39001000123", Exact = true }).ClickAsync();
        var edit = Page.GetByRole(AriaRole.Form, new() { Name = "Edit item 39001000123" });
        await Expect(edit.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Le Rouge et le Noir");
        await edit.GetByLabel("Location", new() { Exact = true }).FillAsync("STOR");
        await edit.GetByLabel("Material type", new() { Exact = true }).FillAsync("BOOK");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved item 39001000123");
        await Expect(row).ToContainTextAsync("MAIN / STOR");
        await ScreenshotAsync("edited");

        var import = Page.GetByRole(AriaRole.Form, new() { Name = "Import items" });
        await import.GetByLabel("CSV or JSON file", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "items.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("barcode,title,library,location\n39001000111,Madame Bovary,MAIN,GEN\n39001000222,,MAIN,GEN\n"),
        });
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(import.GetByRole(AriaRole.Alert)).ToContainTextAsync("Row 2 (barcode 39001000222)");
        await ScreenshotAsync("import-refused");
        await import.GetByLabel("CSV or JSON file", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "items.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("barcode,title,library,location\n39001000111,Madame Bovary,MAIN,GEN\n39001000222,Nadja,MAIN,GEN\n"),
        });
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Imported items.csv: 2 added, 0 replaced");
        await Page.GetByLabel("Title, author, ISBN, ISSN or barcode", new() { Exact = true }).FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("5 items", new() { Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("imported");

        Assert.All(ConsoleErrors, e => Assert.Contains("status of 400", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_resource_sharing_operator_reads_partners_and_items_and_is_offered_no_change()
    {
        var admin = await Host.SignedInAsync();
        await (await admin.PostAsJsonAsync("/api/accounts", AccountApi.NewAccount("f.operator", roles: AccountApi.Role("Fulfillment Services Operator"))))
            .ReadAsync<AccountView>(HttpStatusCode.Created);
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/partners");
        await SignInAsync("f.operator", AccountApi.Password);
        const string password = "the operator's own password";
        await Page.GetByLabel("Current password", new() { Exact = true }).FillAsync(AccountApi.Password);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("New password again", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password", Exact = true }).ClickAsync();

        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Partners", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Item catalogue", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Workflow profiles", Exact = true })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Lending reasons", Exact = true })).ToHaveCountAsync(0);
        await nav.GetByRole(AriaRole.Link, new() { Name = "Partners", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "NLC01" })).ToContainTextAsync("ISIL:CN-NLC01");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("partners-read-only");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Item catalogue", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("3 items", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Import items" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add an item", Exact = true })).ToHaveCountAsync(0);
        await ScreenshotAsync("items-read-only");
    }
}
