using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// A rejected request keeps no delivery file (Alma: Digitization Processing: "If the request is rejected, the digital
/// file is not created"): with the approval in parallel, files attached before the decision are removed with it.
/// </summary>
public sealed class RejectionTests : HostTest
{
    [Fact]
    public async Task Rejecting_removes_the_files_attached_before_it_and_the_history_names_them()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync(Api.NewRequest(email: "rejected@example.org"));
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AttachAsync(request.Id, Api.FileOf(400), "pages-1-10.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var attached = await (await Client.AttachAsync(request.Id, Api.FileOf(300, seed: 2), "pages-11-20.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var folder = Path.Combine(Host.Folder, "files", request.Id.ToString());
        Assert.Equal(2, Directory.GetFiles(folder).Length);

        var rejected = await (await Client.DecideAsync(request.Id, "reject", "Rejected by Manager")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        Assert.Empty(rejected.Attachments);
        Assert.Equal(0, rejected.AttachmentBytes);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Single(rejected.History, h => h.Activity == "discard-delivery-files" && h.Note == "Removed 2 delivery file(s): pages-1-10.pdf, pages-11-20.pdf");
        foreach (var file in attached.Attachments)
            await (await Client.GetAsync($"/api/requests/{request.Id}/attachments/{file.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        var letter = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "rejected@example.org"));
        Assert.Empty(letter.Attachments);
    }

    [Fact]
    public async Task A_request_rejected_before_any_file_says_there_was_none()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Blocks", approval: true);
        var request = await Client.CreateAsync();

        var rejected = await (await Client.DecideAsync(request.Id, "reject", "Rejected by CCC")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.Rejected, rejected.Status);
        Assert.Single(rejected.History, h => h.Activity == "discard-delivery-files" && h.Note == "no delivery file to remove");
    }
}
