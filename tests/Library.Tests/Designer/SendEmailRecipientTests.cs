using System.Net;
using System.Text.Json.Nodes;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using static Library.Tests.Infrastructure.DefinitionApi;

namespace Library.Tests.Designer;

/// <summary>
/// A definition's own SendEmail writes only to the parties of the request its instance serves (the requester; a
/// lending request's partner and the partner's requester) and to the addresses and domains in
/// <c>Mail:AllowedRecipients</c>. A letter to anyone else is not sent: the step goes on and says why, so a published
/// definition cannot make the service an open relay under the library's sender.
/// </summary>
public sealed class SendEmailRecipientTests : HostTest
{
    private const string Subject = "A word from the library";

    /// <summary>The shipped definition with a SendEmail step to each address, one after the other, right after <paramref name="after"/>.</summary>
    private static JsonObject Writing(string file, string after, params string[] addresses)
    {
        var definition = Shipped(file);
        var activities = definition["activities"]!.AsArray();
        var connections = definition["connections"]!.AsArray();
        var leaving = connections.Where(c => (string?)c!["source"] == after).ToList();
        var previous = after;
        for (var i = 0; i < addresses.Length; i++)
        {
            var id = $"write-{i + 1}";
            activities.Add(new JsonObject
            {
                ["id"] = id, ["type"] = "SendEmail",
                ["inputs"] = new JsonObject { ["to"] = addresses[i], ["subject"] = Subject, ["body"] = "Written by a definition's own step." },
            });
            connections.Add(new JsonObject { ["source"] = previous, ["target"] = id });
            previous = id;
        }
        foreach (var c in leaving) c!["source"] = previous;
        return definition;
    }

    private static async Task<DigitizationRequestView> RequestUnderAsync(LibraryHost host, JsonObject definition)
    {
        await (await host.Client.PublishAsync(definition, activate: true)).ReadAsync<DefinitionSummary>(HttpStatusCode.Created);
        return await host.Client.CreateAsync();
    }

    private static string NoteOf(DigitizationRequestView request, string activity) => request.History.Single(h => h.Activity == activity).Note!;

    [Fact]
    public async Task A_letter_to_an_address_outside_the_request_is_not_sent_and_its_step_says_why()
    {
        var request = await RequestUnderAsync(Host, Writing("digitization.json", "origin", "someone@elsewhere.example"));

        Assert.Equal(DigitizationStatus.PickupFromShelf, request.Status);
        var note = NoteOf(request, "write-1");
        Assert.Contains("not sent", note);
        Assert.Contains("someone@elsewhere.example", note);
        Assert.Contains("Mail:AllowedRecipients", note);
        Assert.Equal(0, await Host.CountRowsAsync("outbox_messages"));

        // The requester's cancellation letter is written after it, so the server has had its chance to receive it.
        (await Client.CancelAsync(request.Id)).EnsureSuccessStatusCode();
        await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "reader@example.org"));
        Assert.DoesNotContain(Host.Mail.Received, m => m.Subject == Subject);
    }

    [Theory]
    [InlineData("reader@example.org, someone@elsewhere.example")]
    [InlineData("someone@elsewhere.example; reader@example.org")]
    [InlineData("Reader <reader@example.org>, someone@elsewhere.example")]
    [InlineData("not an address")]
    public async Task A_recipient_that_is_not_one_address_is_not_sent(string to)
    {
        var request = await RequestUnderAsync(Host, Writing("digitization.json", "origin", to));

        Assert.Contains("not sent", NoteOf(request, "write-1"));
        Assert.Equal(0, await Host.CountRowsAsync("outbox_messages"));
    }

    [Fact]
    public async Task A_letter_to_the_requester_is_sent_whatever_the_case_of_the_address()
    {
        var request = await RequestUnderAsync(Host, Writing("digitization.json", "origin", "Reader@Example.ORG"));

        var letter = await Host.Mail.WaitForAsync(m => m.Subject == Subject);
        Assert.Equal("reader@example.org", Assert.Single(letter.To.Mailboxes).Address, ignoreCase: true);
        Assert.Contains("Reader@Example.ORG", NoteOf(request, "write-1"));
        Assert.DoesNotContain("not sent", NoteOf(request, "write-1"));
    }

    [Fact]
    public async Task A_letter_to_the_lending_partner_or_the_partner_s_requester_is_sent()
    {
        // Lending is a state machine: the letters are written by its start, after the item is located.
        var lending = Shipped("lending.json");
        foreach (var address in new[] { "ill@partner.example", "patron@partner.example" })
            lending["start"]!["run"]!.AsArray().Add(new JsonObject
            {
                ["id"] = $"write-{address}", ["type"] = "SendEmail",
                ["inputs"] = new JsonObject { ["to"] = address, ["subject"] = Subject, ["body"] = "Written by a definition's own step." },
            });
        await (await Client.PublishAsync(lending, activate: true))
            .ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

        await Client.CreateLendingAsync();

        foreach (var address in new[] { "ill@partner.example", "patron@partner.example" })
            await Host.Mail.WaitForAsync(m => m.Subject == Subject && m.To.Mailboxes.Single().Address == address);
    }

    [Fact]
    public async Task Addresses_and_domains_in_Mail_AllowedRecipients_are_written_to_and_other_domains_are_not()
    {
        await using var host = LibraryHost.Start(new Dictionary<string, string?>
        {
            ["Mail:AllowedRecipients:0"] = "@library.example",
            ["Mail:AllowedRecipients:1"] = "ill-desk@partner.example",
        });

        var request = await RequestUnderAsync(host, Writing("digitization.json", "origin",
            "desk@library.example", "ill-desk@partner.example", "desk@branch.library.example", "other@partner.example"));

        var letters = await host.Mail.WaitForAsync(2);
        Assert.Equal(["desk@library.example", "ill-desk@partner.example"], letters.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("not sent", NoteOf(request, "write-3"));
        Assert.Contains("not sent", NoteOf(request, "write-4"));
        Assert.Equal(2, await host.CountRowsAsync("outbox_messages"));
    }

    [Fact]
    public void An_entry_of_Mail_AllowedRecipients_that_is_no_address_nor_domain_stops_start_up()
    {
        var error = Record.Exception(() => LibraryHost.Start(new Dictionary<string, string?> { ["Mail:AllowedRecipients:0"] = "branch-desk" }));

        Assert.NotNull(error);
        Assert.Contains("Mail:AllowedRecipients", error.ToString());
        Assert.Contains("'branch-desk'", error.ToString());
    }
}
