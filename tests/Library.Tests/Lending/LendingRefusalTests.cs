using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Lending;
using Library.Tests.Infrastructure;

namespace Library.Tests.Lending;

/// <summary>Actions from a status that does not allow them, and bad input: refused, and nothing changes.</summary>
public sealed class LendingRefusalTests : HostTest
{
    /// <summary>Every status-bound action, with a body that would be valid, refused on a request just created.</summary>
    public static TheoryData<string, string> NotFromCreated => new()
    {
        { "received-by-partner", "{}" },
        { "returned-by-partner", "{}" },
        { "check-in", "{}" },
        { "renew", """{ "dueDate": "2027-02-28" }""" },
        { "lost", "{}" },
        { "reactivate", "{}" },
        { "conditional-reply", """{ "accept": true }""" },
        { "renew-requested", "{}" },
        { "recall", """{ "dueDate": "2099-01-10" }""" },
        { "damaged", "{}" },
        { "cancel-reply", """{ "accept": true }""" },
    };

    [Theory]
    [MemberData(nameof(NotFromCreated))]
    public async Task A_loan_action_on_a_new_request_is_refused_naming_its_status(string action, string body)
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Post(created.Id, action, body), HttpStatusCode.Conflict, action, "Lending Request Created");
    }

    [Fact]
    public async Task A_request_lists_the_actions_its_status_allows_and_none_it_refuses()
    {
        // A digital request shipped non-returnable completes (the profile does not await digital receipt).
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        var listed = created.AllowedActions.Select(a => a.Name).ToList();
        Assert.Contains("ship-physically", listed);
        Assert.Contains("reject", listed);
        Assert.DoesNotContain(listed, NotFromCreated.Select(row => (string)row[0]).Contains);

        var completed = await Client.ActAsync(created.Id, "ship-non-returnable");
        var afterwards = completed.AllowedActions.Select(a => a.Name).ToList();
        Assert.Contains("notes", afterwards);
        Assert.DoesNotContain(afterwards, NotFromCompleted.Select(row => (string)row[0]).Contains);
    }

    /// <summary>Every action that belongs before shipment, refused once the request is completed.</summary>
    public static TheoryData<string, string> NotFromCompleted => new()
    {
        { "will-supply", "{}" },
        { "ship-physically", """{ "dueDate": "2027-01-31", "barcodes": ["39001000999"] }""" },
        { "ship-non-returnable", "{}" },
        { "reject", """{ "reason": "Not available for loan" }""" },
        { "conditional", """{ "reason": "Library use only", "replyBy": "2026-12-01" }""" },
        { "received-by-partner", "{}" },
        { "returned-by-partner", "{}" },
        { "check-in", "{}" },
        { "lost", "{}" },
        { "renew", """{ "dueDate": "2027-02-28" }""" },
        { "renew-requested", "{}" },
        { "recall", "{}" },
        { "damaged", "{}" },
        { "cancel-requested", "{}" },
        { "cancel-reply", """{ "accept": false }""" },
        { "conditional-reply", """{ "accept": true }""" },
        { "move-request", """{ "library": "MAIN", "location": "RS" }""" },
        { "digitization-request", """{ "department": "DIGI_DEPT_INST" }""" },
    };

    [Theory]
    [MemberData(nameof(NotFromCompleted))]
    public async Task An_action_on_a_completed_request_is_refused_naming_its_status(string action, string body)
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital"));
        await Client.ActAsync(created.Id, "ship-non-returnable");
        await RefusedWithoutChange(() => Post(created.Id, action, body), HttpStatusCode.Conflict, action, "Request Completed");
    }

    [Fact]
    public async Task A_digital_shipment_of_a_shipped_request_is_refused_and_keeps_no_file()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await RefusedWithoutChange(() => Client.ShipDigitallyAsync(created.Id, Api.FileOf(1024)), HttpStatusCode.Conflict, "Shipped Physically");
    }

    /// <summary>The partner's messages that belong to another phase of the loan, refused on a shipped request.</summary>
    [Theory]
    [InlineData("cancel-requested")]
    [InlineData("renew-requested")]
    public async Task A_partner_message_out_of_phase_is_refused_naming_the_status(string action)
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, action), HttpStatusCode.Conflict, action, "Shipped Physically");
    }

    [Fact]
    public async Task A_recalled_loan_cannot_be_recalled_again()
    {
        var created = await Client.CreateLendingAsync();
        await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await Client.ActAsync(created.Id, "recall", new { });
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "recall", new { dueDate = "2099-01-05" }), HttpStatusCode.Conflict, "recall", "Recalled");
    }

    [Fact]
    public async Task Will_supply_needs_the_step_in_the_partners_profile()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest(partnerCode: await Client.RegisterPartnerAsync("NOSUPPLY", willSupplyStep: false)));
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "will-supply"), HttpStatusCode.Conflict, "Will Supply step");
    }

    [Fact]
    public async Task An_unknown_request_is_404()
    {
        await RefusedWithoutChange(() => Client.LendingActionAsync(Guid.NewGuid(), "check-in"), HttpStatusCode.NotFound, "No lending request");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/lending-requests/{Guid.NewGuid()}")).StatusCode);
    }

    public static TheoryData<string, JsonNode?, string> BadCreations => new()
    {
        { "partnerCode", null, "PartnerCode" },
        { "partnerCode", "NOPE01", "NOPE01" },
        { "externalId", "", "ExternalId" },
        { "requestedFormat", "Microfiche", "RequestedFormat" },
        { "item.barcode", null, "Item.Barcode" },
        { "requesterEmail", "not-an-address", "RequesterEmail" },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task A_bad_creation_is_400_naming_the_field(string path, JsonNode? value, string field)
    {
        var body = LendingApi.NewLendingRequest();
        var parts = path.Split('.');
        var target = parts.Length == 2 ? body[parts[0]]!.AsObject() : body;
        target[parts[^1]] = value;
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/lending-requests", body), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_digital_request_of_an_ISO_partner_without_a_requester_email_is_taken_with_an_alert_and_only_its_digital_shipment_refused()
    {
        var created = await Client.CreateLendingAsync(LendingApi.NewLendingRequest("Digital", LendingApi.IsoPartner, requesterEmail: null));

        Assert.Equal(LendingStatus.LendingRequestCreated, created.Status);
        Assert.Contains(created.Alerts, a => a.Message == "Requester Email Empty");
        Assert.DoesNotContain("ship-digitally", created.AllowedActions.Select(a => a.Name));
        Assert.Contains("will-supply", created.AllowedActions.Select(a => a.Name));
        await RefusedWithoutChange(() => Client.ShipDigitallyAsync(created.Id, url: "https://files.example/chapter-2.pdf"),
            HttpStatusCode.Conflict, "Requester Email Empty", "e-mail");
        var listed = await Client.GetFromJsonAsync<LendingRequestPage>("/api/lending-requests?alerts=Requester%20Email%20Empty", LibraryHost.Json);
        Assert.Equal([created.Id], listed!.Items.Select(r => r.Id));
        Assert.Equal(["Requester Email Empty"], listed.Items.Single().Alerts);
        Assert.Equal(LendingStatus.WillSupply, (await Client.ActAsync(created.Id, "will-supply")).Status);
    }

    [Fact]
    public async Task A_digital_request_of_an_Email_partner_without_a_requester_email_is_refused()
    {
        await RefusedWithoutChange(
            () => Client.PostAsJsonAsync("/api/lending-requests", LendingApi.NewLendingRequest("Digital", requesterEmail: null)),
            HttpStatusCode.BadRequest, "Requester Email Empty", "RequesterEmail");
        Assert.Equal(HttpStatusCode.Created,
            (await Client.PostAsJsonAsync("/api/lending-requests", LendingApi.NewLendingRequest("Physical", requesterEmail: null))).StatusCode);
    }

    public static TheoryData<string, string, string> BadActions => new()
    {
        { "ship-physically", """{ "dueDate": "2027-01-31", "barcodes": [] }""", "barcodes" },
        { "ship-physically", """{ "barcodes": ["39001000999"] }""", "DueDate" },
        { "reject", """{ "internalNote": "no reason given" }""", "Reason" },
        { "conditional", """{ "reason": "Library use only" }""", "ReplyBy" },
        { "conditional-reply", "{}", "accept" },
        { "cancel-reply", """{ "partnerNote": "no answer given" }""", "accept" },
        { "recall", $$"""{ "partnerNote": "{{new string('x', 2001)}}" }""", "PartnerNote" },
        { "renew", "{}", "DueDate" },
        { "assign", "{ \"operator\": \"" + new string('x', 201) + "\" }", "Operator" },
        { "partner-email", """{ "subject": "Hello" }""", "Body" },
        { "notes", "{}", "internalNote" },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task A_bad_action_body_is_400_naming_the_field(string action, string body, string field)
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Post(created.Id, action, body), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_overlong_note_is_400_naming_it_and_a_note_not_sent_as_json_is_415()
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Client.LendingActionAsync(created.Id, "will-supply", new { partnerNote = new string('x', 2001) }),
            HttpStatusCode.BadRequest, "PartnerNote");
        await RefusedWithoutChange(() => Client.PostAsync($"/api/lending-requests/{created.Id}/will-supply", new StringContent("yes")),
            HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task A_digital_shipment_needs_a_file_or_a_url()
    {
        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Client.ShipDigitallyAsync(created.Id), HttpStatusCode.BadRequest, "file", "url");
    }

    /// <summary>
    /// A date at the edge of the calendar used to overflow the deadline arithmetic inside the workflow step (500, the
    /// instance left faulted); now it is refused at the door, naming the field.
    /// </summary>
    [Fact]
    public async Task Dates_beyond_the_calendar_the_service_keeps_are_refused_naming_the_field()
    {
        var tooLate = LendingApi.NewLendingRequest();
        tooLate["neededBy"] = "9999-12-31";
        await RefusedWithoutChange(() => Client.PostAsJsonAsync("/api/lending-requests", tooLate), HttpStatusCode.BadRequest, "neededBy", "2999-12-31");

        var created = await Client.CreateLendingAsync();
        await RefusedWithoutChange(() => Post(created.Id, "ship-physically", """{ "dueDate": "9999-12-31", "barcodes": ["39001000999"] }"""),
            HttpStatusCode.BadRequest, "dueDate", "2999-12-31");
        await RefusedWithoutChange(() => Post(created.Id, "conditional", """{ "reason": "Library use only", "replyBy": "0001-01-01" }"""),
            HttpStatusCode.BadRequest, "replyBy", "2000-01-01");
        var shipped = await Client.ActAsync(created.Id, "ship-physically", LendingApi.Shipment());
        await RefusedWithoutChange(() => Post(shipped.Id, "renew", """{ "dueDate": "9999-12-31" }"""), HttpStatusCode.BadRequest, "dueDate");
        await RefusedWithoutChange(() => Post(shipped.Id, "recall", """{ "dueDate": "9999-12-31" }"""), HttpStatusCode.BadRequest, "dueDate");
    }

    private Task<HttpResponseMessage> Post(Guid id, string action, string json) =>
        Client.PostAsync($"/api/lending-requests/{id}/{action}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
