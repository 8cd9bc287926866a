using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Library.Tests.Letters;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The Letters page in Chromium: an administrator edits the French cancellation letter, previews the edit against a
/// request before saving it, saves it, and disables the letter from the list; the API then reads what the page did.
/// </summary>
public sealed class LetterTemplatesInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task An_administrator_edits_previews_and_disables_a_letter()
    {
        var request = await Client.CreateAsync(Api.NewRequest(email: "lectrice@example.org"));

        await Page.GotoAsync("/requests");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Letters", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Letters");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ful Cancel Request Letter" });
        await Expect(row).ToContainTextAsync("Requester");
        await ScreenshotAsync("letters");
        await row.GetByRole(AriaRole.Link, new() { Name = "Edit the Ful Cancel Request Letter in French", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ful Cancel Request Letter in French");
        var subject = Page.GetByLabel("Subject", new() { Exact = true });
        await Expect(subject).ToHaveValueAsync("Votre demande de numérisation de « {{ request.title }} » a été annulée");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Fields" })).ToContainTextAsync("{{ cancellation.reason }}");
        await subject.FillAsync("Annulation : {{ item.title }}");

        await Page.GetByLabel("Request id").FillAsync(request.Id.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show the preview" }).ClickAsync();
        var preview = Page.GetByRole(AriaRole.Region, new() { Name = "The letter as it would be sent" });
        await Expect(preview).ToContainTextAsync("To lectrice@example.org");
        await Expect(preview).ToContainTextAsync("Annulation : Le Rouge et le Noir");
        await Expect(preview).ToContainTextAsync($"Demande : {request.Id}");
        await ScreenshotAsync("letter-preview");
        Assert.False((await Client.LetterAsync(LetterApi.CancelLetter, "fr")).Customized);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved the Ful Cancel Request Letter in French");
        await Expect(Page.GetByText($"Edited by {LibraryHost.AdminUserName}.")).ToBeVisibleAsync();
        Assert.Equal("Annulation : {{ item.title }}", (await Client.LetterAsync(LetterApi.CancelLetter, "fr")).Subject);

        await Page.GetByRole(AriaRole.Link, new() { Name = "All letters" }).ClickAsync();
        await Expect(row).ToContainTextAsync("French (edited)");
        // A click, not Uncheck: the box follows the saved state, once the list is read again.
        await row.GetByRole(AriaRole.Checkbox, new() { Name = "Send the Ful Cancel Request Letter" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The Ful Cancel Request Letter is no longer sent");
        await Expect(row.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
        Assert.False((await Client.LettersAsync()).Single(l => l.Code == LetterApi.CancelLetter).Enabled);

        var cancelled = await (await Client.CancelAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Contains((await Client.GetRequestAsync(cancelled.Id)).History, h => h.Note?.EndsWith("the letter is disabled") == true);

        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }
}
