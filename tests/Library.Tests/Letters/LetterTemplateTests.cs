using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Languages;
using Library.Letters;
using Library.Tests.Infrastructure;

namespace Library.Tests.Letters;

/// <summary>
/// The letters as Liquid templates (Alma: Configuring Digitization, "Letters"): listed with their fields, shipped in
/// English, French and Chinese, edited and previewed by a letter administrator, enabled or disabled, and written in the
/// requester's or the partner's language. Letters go through the real outbox to the in-process SMTP server.
/// </summary>
public sealed class LetterTemplateTests : HostTest
{
    private const string Reader = "reader@example.org";

    [Fact]
    public async Task Every_letter_is_listed_enabled_with_its_fields_in_English_French_and_Chinese()
    {
        var letters = await Client.LettersAsync();

        Assert.Equal(LetterKinds.All.Select(k => k.Code), letters.Select(l => l.Code));
        Assert.All(letters, l => Assert.True(l.Enabled));
        Assert.All(letters, l => Assert.Equal([Language.English, Language.French, Language.Chinese], l.Languages.Select(x => x.Language)));
        Assert.All(letters, l => Assert.DoesNotContain(l.Languages, x => x.Customized));
        var cancel = Assert.Single(letters, l => l.Code == LetterApi.CancelLetter);
        Assert.Equal(("Ful Cancel Request Letter", LetterRecipient.Requester), (cancel.Name, cancel.Recipient));
        Assert.Contains(cancel.Fields, f => f.Name == "cancellation.reason");
        var ship = Assert.Single(letters, l => l.Code == LetterApi.ShipLetter);
        Assert.Equal(LetterRecipient.Partner, ship.Recipient);
        Assert.Contains(ship.Fields, f => f.Name == "request.due_date");
    }

    [Fact]
    public async Task An_edited_template_writes_the_letter_the_requester_receives_and_restoring_it_brings_back_the_shipped_one()
    {
        var shipped = await Client.LetterAsync(LetterApi.CancelLetter, "en");
        Assert.Equal("Your digitization request for \"{{ request.title }}\" was cancelled", shipped.Subject);

        var saved = await (await Client.PutLetterAsync(LetterApi.CancelLetter, "en", new
        {
            subject = "Cancelled: {{ item.title }}",
            body = "Hello {{ requester.id }},\n{{ part.title }} by {{ part.author }} was cancelled ({{ cancellation.reason | upcase }}).\n",
        })).ReadAsync<LetterTemplateView>(HttpStatusCode.OK);
        Assert.Equal((true, true, LibraryHost.AdminUserName), (saved.Customized, saved.Enabled, saved.UpdatedBy));

        await Client.CancelledRequestAsync(Api.Barcode, Reader);
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == Reader));
        Assert.Equal("Cancelled: Le Rouge et le Noir", mail.Subject);
        Assert.Equal("Hello p-1001,\nChapitre 3 by Stendhal was cancelled (ITEM IS MISSING).", mail.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains((await Client.LettersAsync()).Single(l => l.Code == LetterApi.CancelLetter).Languages,
            l => l is { Language: Language.English, Customized: true });

        var restored = await (await Client.DeleteAsync($"/api/letters/{LetterApi.CancelLetter}/en")).ReadAsync<LetterTemplateView>(HttpStatusCode.OK);
        Assert.Equal((shipped.Subject, shipped.Body, false), (restored.Subject, restored.Body, restored.Customized));
    }

    [Fact]
    public async Task The_requesters_language_chooses_the_letter()
    {
        var french = Api.NewRequest(email: "lectrice@example.org");
        french["requester"]!["language"] = "fr";
        var chinese = Api.NewRequest("39001000124", "duzhe@example.org");
        chinese["requester"]!["language"] = "zh";
        foreach (var body in new[] { french, chinese })
        {
            var request = await Client.CreateAsync(body);
            await (await Client.CancelAsync(request.Id, "Item is missing", "Sorry")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        }

        var lettre = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "lectrice@example.org"));
        Assert.Equal("Votre demande de numérisation de « Chapitre 3 — Le Rouge et le Noir » a été annulée", lettre.Subject);
        Assert.Contains("Motif : Item is missing", lettre.TextBody);
        Assert.Contains("Note : Sorry", lettre.TextBody);
        var xin = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "duzhe@example.org"));
        Assert.Equal("您对《Chapitre 3 — Le Rouge et le Noir》的数字化请求已取消", xin.Subject);
        Assert.Contains("原因：Item is missing", xin.TextBody);
    }

    [Fact]
    public async Task A_disabled_letter_is_not_sent_and_the_requests_history_says_so()
    {
        await Client.SwitchAsync(LetterApi.CancelLetter, enabled: false);
        Assert.False((await Client.LettersAsync()).Single(l => l.Code == LetterApi.CancelLetter).Enabled);

        var request = await Client.CancelledRequestAsync(Api.Barcode, Reader);

        var history = (await Client.GetRequestAsync(request.Id)).History;
        Assert.Contains(history, h => h.Note == $"CancelRequest not sent to {Reader}: the letter is disabled");
        Assert.Empty(await Client.LettersAsync(request.Id));

        // Enabled again, the next cancellation is written and sent.
        await Client.SwitchAsync(LetterApi.CancelLetter, enabled: true);
        var next = await Client.CancelledRequestAsync("39001000124", "other@example.org");
        await Host.LetterOnceAsync(next.Id, Workflows.Mail.OutboxState.Sent);
        Assert.DoesNotContain(Host.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == Reader));
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_naming_the_field_and_the_line()
    {
        var problem = await (await Client.PutLetterAsync(LetterApi.CancelLetter, "fr", new
        {
            subject = "Annulée", body = "Bonjour,\n\n{% if cancellation.note %}Note : {{ cancellation.note }}\n", enabled = false,
        })).ProblemAsync(HttpStatusCode.BadRequest, "line 3", "{% endif %}");
        Assert.Contains("Liquid", problem["errors"]!["body"]![0]!.GetValue<string>());

        await RefusedWithoutChange(() => Client.PutLetterAsync(LetterApi.CancelLetter, "fr", new { subject = "{{ request.title", body = "ok", enabled = false }),
            HttpStatusCode.BadRequest, "subject", "line 1");
        await RefusedWithoutChange(() => Client.PutLetterAsync(LetterApi.CancelLetter, "fr", new { subject = "One\nTwo", body = "ok" }),
            HttpStatusCode.BadRequest, "subject", "one line");
        await RefusedWithoutChange(() => Client.PutLetterAsync(LetterApi.CancelLetter, "fr", new { subject = "Only a subject" }),
            HttpStatusCode.BadRequest, "body", "required with a subject");
        await RefusedWithoutChange(() => Client.PutLetterAsync("NoSuchLetter", "fr", new { subject = "s", body = "b" }), HttpStatusCode.NotFound, "NoSuchLetter");
        await RefusedWithoutChange(() => Client.PutLetterAsync(LetterApi.CancelLetter, "de", new { subject = "s", body = "b" }), HttpStatusCode.NotFound, "en, fr or zh");
        Assert.True((await Client.LetterAsync(LetterApi.CancelLetter, "fr")) is { Customized: false, Enabled: true });
    }

    [Fact]
    public async Task A_preview_renders_the_letter_for_a_request_without_sending_it()
    {
        var request = await Client.CreateAsync(Api.NewRequest(email: Reader));
        var letters = await Client.LettersAsync(request.Id);

        var preview = await (await Client.PreviewAsync(LetterApi.CancelLetter, "zh", new { requestId = request.Id })).ReadAsync<LetterPreviewView>(HttpStatusCode.OK);
        Assert.Equal((Reader, Language.Chinese, true), (preview.To, preview.Language, preview.Enabled));
        Assert.Equal("您对《Chapitre 3 — Le Rouge et le Noir》的数字化请求已取消", preview.Subject);
        Assert.Contains($"请求：{request.Id}", preview.Body);

        // An edit is previewed before it is saved; the saved template stays as it was.
        var edit = await (await Client.PreviewAsync(LetterApi.CancelLetter, "en", new { requestId = request.Id, body = "{{ item.barcode }} for {{ requester.email }}" }))
            .ReadAsync<LetterPreviewView>(HttpStatusCode.OK);
        Assert.Equal(($"{Api.Barcode} for {Reader}", "Your digitization request for \"Chapitre 3 — Le Rouge et le Noir\" was cancelled"), (edit.Body, edit.Subject));
        Assert.False((await Client.LetterAsync(LetterApi.CancelLetter, "en")).Customized);
        Assert.Equal(letters.Count, (await Client.LettersAsync(request.Id)).Count);

        await (await Client.PreviewAsync(LetterApi.ShipLetter, "en", new { requestId = request.Id })).ProblemAsync(HttpStatusCode.NotFound, "lending request");
        await (await Client.PreviewAsync(LetterApi.CancelLetter, "en", new { requestId = request.Id, subject = "{% if %}" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "subject", "line 1");
    }

    [Fact]
    public async Task Every_shipped_template_renders_in_every_language()
    {
        var request = await Client.CreateAsync(Api.NewRequest(email: Reader));
        var lending = await Client.CreateLendingAsync(LendingApi.NewLendingRequest());
        lending = await Client.ActAsync(lending.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999"));

        foreach (var letter in await Client.LettersAsync())
        foreach (var language in new[] { "en", "fr", "zh" })
        {
            var id = letter.Recipient == LetterRecipient.Requester ? request.Id : lending.Id;
            var preview = await (await Client.PreviewAsync(letter.Code, language, new { requestId = id })).ReadAsync<LetterPreviewView>(HttpStatusCode.OK);
            Assert.True(preview.Body.Length > 0 && !preview.Body.Contains("{{") && !preview.Body.Contains("{%"), $"{letter.Code} {language}: {preview.Body}");
            if (letter.Code != "GeneralMessageEmailLetter") Assert.False(string.IsNullOrWhiteSpace(preview.Subject), $"{letter.Code} {language} has no subject");
        }
    }

    [Fact]
    public async Task A_partner_gets_its_letters_in_its_own_language()
    {
        var partner = new
        {
            code = "BNF01", name = "Bibliothèque nationale", profileType = "Email", email = "peb@bnf.example", workflowProfile = "DEFAULT", language = "fr",
        };
        await (await Client.PostAsJsonAsync("/api/partners", partner)).ReadAsync<PartnerView>(HttpStatusCode.Created);
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: "BNF01"));
        Assert.Equal(Language.French, created.Partner.Language);

        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment("2099-01-31", "39001000999"));

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "peb@bnf.example"));
        Assert.Equal($"Expédié : « {created.Item.Title} » ({created.ExternalId})", mail.Subject);
        Assert.Contains("Chères et chers collègues de Bibliothèque nationale", mail.TextBody);
        Assert.Contains("au plus tard le 31/01/2099", mail.TextBody);
    }

    [Fact]
    public async Task Editing_letters_needs_the_Letter_Administrator_or_General_System_Administrator_role()
    {
        var operatorClient = await Host.StaffAsync("olga", ("Fulfillment Services Operator", []));
        var letterAdministrator = await Host.StaffAsync("lea", ("Letter Administrator", []));

        Assert.NotEmpty(await operatorClient.LettersAsync());
        await RefusedWithoutChange(() => operatorClient.PutLetterAsync(LetterApi.CancelLetter, "en", new { subject = "s", body = "b" }),
            HttpStatusCode.Forbidden, "Letter Administrator");
        await (await operatorClient.DeleteAsync($"/api/letters/{LetterApi.CancelLetter}/en")).ProblemAsync(HttpStatusCode.Forbidden);

        var saved = await (await letterAdministrator.PutLetterAsync(LetterApi.CancelLetter, "en", new { subject = "s", body = "b", enabled = false }))
            .ReadAsync<LetterTemplateView>(HttpStatusCode.OK);
        Assert.Equal(("s", "b", false, "lea"), (saved.Subject, saved.Body, saved.Enabled, saved.UpdatedBy));
    }
}
