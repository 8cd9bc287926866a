using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using MimeKit;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// A delivery file or a clearance document deleted before the request is done with it: the record and the stored file
/// go, the history says who removed what, and Done sends only the files still attached.
/// </summary>
public sealed class AttachmentDeleteTests : HostTest
{
    private Task<HttpResponseMessage> DeleteAsync(HttpClient client, Guid id, Guid attachmentId) =>
        client.DeleteAsync($"/api/requests/{id}/attachments/{attachmentId}");

    private async Task<DigitizationRequestView> InDocumentDeliveryAsync()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        return request;
    }

    private static string StoredPath(LibraryHost host, Guid requestId, AttachmentView attachment) =>
        Path.Combine(host.Folder, "files", requestId.ToString(), attachment.Id + Path.GetExtension(attachment.FileName));

    [Fact]
    public async Task Replacing_a_delivery_file_is_delete_and_attach_and_done_sends_only_the_new_one()
    {
        var request = await InDocumentDeliveryAsync();
        var first = await (await Client.AttachAsync(request.Id, Api.FileOf(700), "wrong-pages.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var wrong = Assert.Single(first.Attachments);
        Assert.Equal(700, first.AttachmentBytes);
        Assert.True(File.Exists(StoredPath(Host, request.Id, wrong)));

        var deleted = await (await DeleteAsync(Client, request.Id, wrong.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Empty(deleted.Attachments);
        Assert.Equal(0, deleted.AttachmentBytes);
        Assert.Equal(DigitizationStatus.DocumentDelivery, deleted.Status);
        Assert.Equal(["attach", "done", "cancel"], deleted.Actions);
        Assert.False(File.Exists(StoredPath(Host, request.Id, wrong)));
        var line = Assert.Single(deleted.History, h => h.Note?.StartsWith("Removed wrong-pages.pdf") == true);
        Assert.Equal(("admin", "attach-documents"), (line.Actor, line.Activity));
        await (await Client.GetAsync($"/api/requests/{request.Id}/attachments/{wrong.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        var replaced = await (await Client.AttachAsync(request.Id, Api.FileOf(300, seed: 2), "right-pages.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(300, replaced.AttachmentBytes);
        await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var mail = await Host.Mail.WaitForAsync(m => m.Attachments.Any());
        Assert.Equal(["right-pages.pdf"], mail.Attachments.OfType<MimePart>().Select(p => p.FileName));
    }

    [Fact]
    public async Task A_delivery_file_cannot_be_deleted_after_done_or_by_another_role_and_nothing_changes()
    {
        var request = await InDocumentDeliveryAsync();
        var attached = Assert.Single((await (await Client.AttachAsync(request.Id, Api.FileOf(512))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created)).Attachments);
        var desk = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));

        await RefusedWithoutChange(() => DeleteAsync(desk, request.Id, attached.Id), HttpStatusCode.Forbidden, "Work Order Operator");
        await RefusedWithoutChange(() => DeleteAsync(Client, request.Id, Guid.NewGuid()), HttpStatusCode.NotFound, "no attachment");
        await RefusedWithoutChange(() => DeleteAsync(Client, Guid.NewGuid(), attached.Id), HttpStatusCode.NotFound, "No digitization request");

        await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => DeleteAsync(Client, request.Id, attached.Id), HttpStatusCode.Conflict, "Document Delivery", "Completed");
        Assert.True(File.Exists(StoredPath(Host, request.Id, attached)));
    }

    [Fact]
    public async Task A_clearance_document_can_be_deleted_while_the_approval_is_pending()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true, copyrightClearance: true);
        var request = await Client.CreateAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Api.FileOf(300)), "file", "ccc-receipt.pdf" } };
        var evidence = Assert.Single((await (await Client.PostAsync($"/api/requests/{request.Id}/copyright/attachments", form))
            .ReadAsync<ApprovalView>(HttpStatusCode.Created)).ClearanceAttachments);
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        await RefusedWithoutChange(() => DeleteAsync(operatorClient, request.Id, evidence.Id), HttpStatusCode.Forbidden, "Fulfillment Services Manager");

        var deleted = await (await DeleteAsync(Client, request.Id, evidence.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Empty(deleted.Attachments);
        Assert.False(File.Exists(StoredPath(Host, request.Id, evidence)));
        Assert.Single(deleted.History, h => h.Note == "Removed clearance document ccc-receipt.pdf (300 bytes)" && h.Actor == "admin");

        var again = new MultipartFormDataContent { { new ByteArrayContent(Api.FileOf(200)), "file", "ccc-receipt-2.pdf" } };
        var kept = Assert.Single((await (await Client.PostAsync($"/api/requests/{request.Id}/copyright/attachments", again))
            .ReadAsync<ApprovalView>(HttpStatusCode.Created)).ClearanceAttachments);
        await (await Client.ClearCopyrightAsync(request.Id)).ReadAsync<ApprovalView>(HttpStatusCode.OK);
        await (await Client.DecideAsync(request.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => DeleteAsync(Client, request.Id, kept.Id), HttpStatusCode.Conflict, "pending", "approved");
    }
}
