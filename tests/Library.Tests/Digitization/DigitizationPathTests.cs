using System.Net;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
using MimeKit;
using Workflows.Persistence;

namespace Library.Tests.Digitization;

public sealed class DigitizationPathTests : HostTest
{
    [Fact]
    public async Task A_request_travels_from_shelf_to_the_requesters_mailbox()
    {
        // One person does every step here: she places the request, scans it at the desk and at the department, and digitizes.
        var client = await Host.StaffAsync("marie.curie", ("Fulfillment Services Operator", []), ("Circulation Desk Operator", ["MAIN"]),
            ("Work Order Operator", [Api.Department]));

        var created = await client.PostAsync("/api/digitization-requests",
            System.Net.Http.Json.JsonContent.Create(Api.NewRequest()));
        var request = await created.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal($"/api/requests/{request.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(DigitizationStatus.PickupFromShelf, request.Status);
        Assert.Equal(DigitizationScope.Partial, request.Scope);
        Assert.Equal("Chapitre 3", request.Part?.Title);
        Assert.Equal(WorkflowStatus.Suspended, request.Workflow?.Status);
        Assert.Contains("ScanIn", request.Workflow!.WaitingFor);

        var atDesk = await (await client.ScanAtDeskAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.InTransit, atDesk.Status);

        var arrived = await (await client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Digitization, arrived.Status);
        Assert.Equal(request.Id, arrived.Id);

        var delivering = await (await client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.DocumentDelivery, delivering.Status);

        var file = Api.FileOf(100 * 1024);
        var attachedResponse = await client.AttachAsync(request.Id, file, note: "300 dpi");
        var attached = await attachedResponse.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var attachment = Assert.Single(attached.Attachments);
        Assert.Equal("chapitre-3.pdf", attachment.FileName);
        Assert.Equal(file.Length, attachment.Size);
        Assert.Equal("marie.curie", attachment.AddedBy);

        var download = await client.GetByteArrayAsync(attachedResponse.Headers.Location);
        Assert.Equal(file, download);

        var done = await (await client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Completed, done.Status);
        Assert.Equal(WorkflowStatus.Finished, done.Workflow?.Status);
        Assert.Empty(done.Workflow!.WaitingFor);

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "reader@example.org"));
        Assert.Contains("Chapitre 3", mail.Subject);
        Assert.Equal("library@example.org", mail.From.Mailboxes.Single().Address);
        var sent = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("chapitre-3.pdf", sent.FileName);
        using var bytes = new MemoryStream();
        await sent.Content!.DecodeToAsync(bytes);
        Assert.Equal(file, bytes.ToArray());

        var notes = done.History.Select(h => h.Note).ToList();
        Assert.Contains("Pickup From Shelf → In Transit", notes);
        Assert.Contains("In Transit → Digitization", notes);
        Assert.Contains("Digitization → Document Delivery", notes);
        Assert.Contains("Document Delivery → Completed", notes);
        Assert.Contains(done.History, h => h.Type == "ScanIn" && h.Outcome == "Arrived" && h.Actor == "marie.curie");
        Assert.All(done.History, h => Assert.False(string.IsNullOrEmpty(h.Actor)));
        Assert.Equal(Enumerable.Range(1, done.History.Count), done.History.Select(h => h.Sequence));
    }

    /// <summary>An attachment is data, not a change of state: files sent at once are all taken, none refused with 409.</summary>
    [Fact]
    public async Task Files_attached_at_the_same_time_are_all_kept()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        var answers = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Client.AttachAsync(request.Id, Api.FileOf(1024, seed: i), $"part-{i}.pdf")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Created, answer.StatusCode));
        var attached = await Client.GetRequestAsync(request.Id);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"part-{i}.pdf").Order(), attached.Attachments.Select(a => a.FileName).Order());
        Assert.Equal(16, attached.History.Count(h => h.Type == "AttachDocuments" && h.Outcome == "Attached"));
        var done = await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Completed, done.Status);
    }

    [Fact]
    public async Task A_scan_station_signed_in_by_its_key_is_recorded_as_the_station()
    {
        var request = await Host.Client.CreateAsync();
        var station = await Host.RegisterStationAsync("dept-scanner-2", Api.Department);
        var scanned = await (await station.ScanAtDepartmentAsync(station: "dept-scanner-2")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Contains(scanned.History, h => h.Type == "ScanIn" && h.Actor == "scan-station:dept-scanner-2");
        Assert.Equal(request.Id, scanned.Id);
    }

    [Fact]
    public async Task Cancelling_ends_the_workflow_and_tells_the_requester_why()
    {
        var request = await Host.Client.CreateAsync(Api.NewRequest(email: "cancelled@example.org"));
        await Host.Client.ScanAtDepartmentAsync();

        var cancelled = await (await Host.Client.CancelAsync(request.Id, "Item is missing", "Not on the shelf"))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Cancelled, cancelled.Status);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Workflow?.Status);
        Assert.Equal("Item is missing", cancelled.Cancellation?.Reason);
        Assert.Empty(cancelled.Workflow!.WaitingFor);

        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "cancelled@example.org"));
        Assert.Contains("cancelled", mail.Subject);
        Assert.Contains("Item is missing", mail.TextBody);
        Assert.Contains("Not on the shelf", mail.TextBody);

        await (await Host.Client.NextStepAsync(request.Id)).ProblemAsync(HttpStatusCode.Conflict, "Cancelled");
        await (await Host.Client.CancelAsync(request.Id)).ProblemAsync(HttpStatusCode.Conflict, "Cancelled");
    }

    [Fact]
    public async Task The_in_process_list_filters_by_status()
    {
        var waiting = await Host.Client.CreateAsync(Api.NewRequest(barcode: "111"));
        var scanned = await Host.Client.CreateAsync(Api.NewRequest(barcode: "222"));
        await Host.Client.ScanAtDepartmentAsync(barcode: "222");

        var response = await Host.Client.GetAsync("/api/requests?status=Digitization");
        var rows = await response.ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);
        Assert.Equal([scanned.Id], rows.Select(r => r.Id));

        var all = await (await Host.Client.GetAsync("/api/requests")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);
        Assert.Equal([waiting.Id, scanned.Id], all.Select(r => r.Id));
    }

    [Fact]
    public async Task Two_requests_for_one_item_are_scanned_in_oldest_first()
    {
        var first = await Host.Client.CreateAsync();
        var second = await Host.Client.CreateAsync();

        var one = await (await Host.Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var two = await (await Host.Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(first.Id, one.Id);
        Assert.Equal(second.Id, two.Id);
        await (await Host.Client.ScanAtDepartmentAsync()).ProblemAsync(HttpStatusCode.Conflict, Api.Barcode, "Digitization");
    }
}
