using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.DigitizationItems;

/// <summary>
/// Storage:MaxRequestBytes: what a request's attachments may weigh together. An upload that would pass it is refused with
/// the limit and the current total, and nothing is stored; deleting a file makes room again.
/// </summary>
public sealed class RequestFileLimitTests : HostTest
{
    public override Task InitializeAsync()
    {
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Storage:MaxRequestBytes"] = "1000" });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_upload_past_the_request_total_is_413_naming_the_limit_and_the_total_and_a_deletion_makes_room()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var first = await (await Client.AttachAsync(request.Id, Api.FileOf(600), "part-1.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(600, first.AttachmentBytes);

        await RefusedWithoutChange(() => Client.AttachAsync(request.Id, Api.FileOf(401, seed: 2), "part-2.pdf"),
            HttpStatusCode.RequestEntityTooLarge, "Storage:MaxRequestBytes", "1,000 bytes", "600 bytes", "part-2.pdf");
        Assert.Single(Directory.GetFiles(Path.Combine(Host.Folder, "files", request.Id.ToString())));

        var exactly = await (await Client.AttachAsync(request.Id, Api.FileOf(400, seed: 3), "part-2.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(1000, exactly.AttachmentBytes);
        await (await Client.DeleteAsync($"/api/requests/{request.Id}/attachments/{first.Attachments[0].Id}")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var roomAgain = await (await Client.AttachAsync(request.Id, Api.FileOf(600, seed: 4), "part-3.pdf")).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(1000, roomAgain.AttachmentBytes);
    }
}
