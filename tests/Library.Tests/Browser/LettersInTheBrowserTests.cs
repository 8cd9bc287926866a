using System.Text.RegularExpressions;
using Library.Tests.Infrastructure;
using Library.Tests.Letters;
using Microsoft.Playwright;
using Workflows.Mail;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// A letter the mail server refused for good, in Chromium: an administrator finds it on the Outbox page, follows it to
/// its request's page and, once the mailbox takes mail again, retries it there; it is sent, and the request's history
/// names who retried it.
/// </summary>
public sealed class LettersInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string Gone = "gone@example.org";

    [Fact]
    public async Task An_administrator_finds_a_failed_letter_in_the_outbox_and_retries_it_from_the_requests_page()
    {
        Host.Mail.Refuse(Gone, 550, "mailbox unavailable");
        var request = await Client.CancelledRequestAsync(Api.Barcode, Gone);
        var failed = await Host.LetterOnceAsync(request.Id, OutboxState.Failed);

        await Page.GotoAsync("/requests");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Outbox", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Outbox");
        var listed = Page.GetByRole(AriaRole.Region, new() { Name = "Failed letters", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { HasText = Gone });
        await Expect(listed).ToContainTextAsync("550 mailbox unavailable");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Pending letters", Exact = true })).ToContainTextAsync("No letters.");
        await ScreenshotAsync("outbox");
        await listed.GetByRole(AriaRole.Link, new() { Name = "Digitization request", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Le Rouge et le Noir");
        var letters = Page.GetByRole(AriaRole.Region, new() { Name = "Letters", Exact = true });
        var letter = letters.GetByRole(AriaRole.Row).Filter(new() { HasText = Gone });
        await Expect(letter.GetByRole(AriaRole.Cell)).ToHaveTextAsync([new Regex("^Failed$"), new Regex(Regex.Escape(Gone)),
            new Regex(Regex.Escape(failed.Subject)), new Regex("^1$"), new Regex("^550 mailbox unavailable"), new Regex(".+"), new Regex("^failed "),
            new Regex("Retry")]);
        await ScreenshotAsync("request-letter-failed");

        Host.Mail.Accept(Gone);
        await letter.GetByRole(AriaRole.Button, new() { Name = $"Retry the letter \"{failed.Subject}\"", Exact = true }).ClickAsync();

        await Expect(letters.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The letter to {Gone} is being sent again");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "History", Exact = true }).GetByRole(AriaRole.Row).Last)
            .ToContainTextAsync(new Regex($"{LibraryHost.AdminUserName}.*outbox.*Retried"));
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Gone));
        await Host.LetterOnceAsync(request.Id, OutboxState.Sent);
        await Page.ReloadAsync();
        await Expect(letter.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("Sent");
        await Expect(letter.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await ScreenshotAsync("request-letter-sent");

        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }
}
