using System.Net;
using System.Text;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Library.Tests.Files;

/// <summary>
/// Stored files as staff and requesters get them back: a type a browser could run as a page of this service's origin
/// comes back as an opaque download, a staff download is the request's history, and a file the store no longer has
/// is 410, never 500.
/// </summary>
public sealed class ServedFileTests : HostTest
{
    /// <summary>A request delivered by link, its one file attached with the type the uploader declared; the link's token.</summary>
    private async Task<(DigitizationRequestView Request, AttachmentView File, string Token)> DeliveredByLinkAsync(
        byte[] content, string fileName, string contentType, int? maxAccessCount = null)
    {
        await Client.AddRuleAsync("DocumentDeliveryLink", maxAccessCount: maxAccessCount);
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        var attached = await (await Client.AttachAsync(request.Id, content, fileName, contentType: contentType)).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.DoneAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        var token = await Host.QueryAsync(db => db.DeliveryLinks.Where(l => l.RequestId == request.Id).Select(l => l.Token).SingleAsync());
        return (attached, attached.Attachments.Single(), token);
    }

    private static string StaffDownload(DigitizationRequestView request, AttachmentView file) => $"/api/requests/{request.Id}/attachments/{file.Id}";

    [Theory]
    [InlineData("page.html", "text/html", "<html><script>fetch('/api/accounts')</script></html>", "application/octet-stream")]
    [InlineData("logo.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(document.domain)'/>", "application/octet-stream")]
    [InlineData("notes.xhtml", "application/xhtml+xml", "<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>", "application/octet-stream")]
    [InlineData("unlabelled.bin", "application/x-anything", "%PDF-1.7 <script>alert(1)</script>", "application/octet-stream")]
    [InlineData("chapitre-3.pdf", "application/pdf", "%PDF-1.7 a chapter", "application/pdf")]
    [InlineData("plate-4.TIF", "IMAGE/TIFF", "II*\0 a scanned plate", "image/tiff")]
    [InlineData("readings.csv", "text/csv; charset=utf-8", "page,title\n12,Chapitre 3\n", "text/csv")]
    [InlineData("syllabus.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK a document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task A_file_is_served_with_its_type_only_when_that_type_is_on_the_allowed_list(string fileName, string declared, string text, string served)
    {
        var content = Encoding.UTF8.GetBytes(text);
        var (request, file, token) = await DeliveredByLinkAsync(content, fileName, declared);
        // The request still says what the uploader declared; only what is served is decided by the list.
        Assert.Equal(declared, file.ContentType);

        foreach (var path in new[] { StaffDownload(request, file), $"/delivery/{token}" })
        {
            var response = await Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(served, response.Content.Headers.ContentType?.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_zip_of_several_delivered_files_is_served_as_a_zip_with_nosniff()
    {
        await Client.AddRuleAsync("DocumentDeliveryLink");
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await Client.AttachAsync(request.Id, Api.FileOf(100, seed: 1), "part-1.pdf");
        await Client.AttachAsync(request.Id, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "part-2.html", contentType: "text/html");
        await Client.DoneAsync(request.Id);
        var token = await Host.QueryAsync(db => db.DeliveryLinks.Where(l => l.RequestId == request.Id).Select(l => l.Token).SingleAsync());

        var response = await Client.GetAsync($"/delivery/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["part-1.pdf", "part-2.html"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task A_staff_download_after_the_link_is_used_up_is_served_uncounted_and_recorded_in_the_history_with_the_account()
    {
        var content = Api.FileOf(2048, seed: 5);
        var (request, file, token) = await DeliveredByLinkAsync(content, "chapitre-3.pdf", "application/pdf", maxAccessCount: 1);
        Assert.Equal(content, await Client.GetByteArrayAsync($"/delivery/{token}"));
        await (await Client.GetAsync($"/delivery/{token}")).ProblemAsync(HttpStatusCode.Gone, "used");
        var before = (await Client.GetRequestAsync(request.Id)).History.Count;

        var staff = await Host.StaffAsync("m.dupont", ("Fulfillment Services Operator", []));
        var response = await staff.GetAsync(StaffDownload(request, file));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        var history = (await Client.GetRequestAsync(request.Id)).History;
        var download = Assert.Single(history.Skip(before));
        Assert.Equal("m.dupont", download.Actor);
        Assert.Equal("Download", download.Type);
        Assert.Contains("chapitre-3.pdf", download.Note);
        Assert.Equal(history.Count, download.Sequence);
        // The patron's limit is theirs: staff reading the file neither uses it up nor gives it back.
        Assert.Equal(1, await Host.QueryAsync(db => db.DeliveryLinks.Where(l => l.Token == token).Select(l => l.AccessCount).SingleAsync()));
    }

    [Fact]
    public async Task A_clearance_document_download_is_recorded_too_and_a_station_key_cannot_download()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true, copyrightClearance: true);
        var request = await Client.CreateAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("<svg onload='alert(1)'/>")), "file", "licence.svg" } };
        form.First().Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/svg+xml");
        var approval = await (await Client.PostAsync($"/api/requests/{request.Id}/copyright/attachments", form)).ReadAsync<ApprovalView>(HttpStatusCode.Created);
        var clearance = approval.ClearanceAttachments.Single();

        var response = await Client.GetAsync($"/api/requests/{request.Id}/attachments/{clearance.Id}");
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.ToString());
        Assert.Contains((await Client.GetRequestAsync(request.Id)).History,
            h => h.Actor == LibraryHost.AdminUserName && h.Type == "Download" && h.Note!.Contains("licence.svg"));

        var station = await Host.RegisterStationAsync("scan-9", Api.Department);
        Assert.Equal(HttpStatusCode.Unauthorized, (await station.GetAsync($"/api/requests/{request.Id}/attachments/{clearance.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_file_gone_from_the_store_answers_410_on_both_endpoints_and_uses_none_of_the_links_downloads()
    {
        var (request, file, token) = await DeliveredByLinkAsync(Api.FileOf(512), "chapitre-3.pdf", "application/pdf", maxAccessCount: 3);
        var stored = await Host.QueryAsync(db => db.Attachments.Where(a => a.Id == file.Id).Select(a => a.StoragePath).SingleAsync());
        File.Delete(stored);
        var history = (await Client.GetRequestAsync(request.Id)).History.Count;

        await (await Client.GetAsync(StaffDownload(request, file))).ProblemAsync(HttpStatusCode.Gone, "chapitre-3.pdf");
        await (await Client.GetAsync($"/delivery/{token}")).ProblemAsync(HttpStatusCode.Gone, "chapitre-3.pdf");

        Assert.Equal(0, await Host.QueryAsync(db => db.DeliveryLinks.Where(l => l.Token == token).Select(l => l.AccessCount).SingleAsync()));
        Assert.Equal(history, (await Client.GetRequestAsync(request.Id)).History.Count);
    }

    [Fact]
    public async Task An_unknown_attachment_stays_404()
    {
        var (request, _, _) = await DeliveredByLinkAsync(Api.FileOf(10), "chapitre-3.pdf", "application/pdf");
        await (await Client.GetAsync($"/api/requests/{request.Id}/attachments/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/requests/{Guid.NewGuid()}/attachments/{request.Attachments.Single().Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
