using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Digitization;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Workflows.Persistence;

namespace Library.Tests.Digitization;

/// <summary>
/// Department work time and link cleanup run on Quartz's persistent timers; the tests move the service's clock
/// (a FakeTimeProvider that Quartz reads too) instead of waiting.
/// </summary>
public sealed partial class WorkTimeAndCleanupTests() : HostTest(new FakeTimeProvider(DateTimeOffset.UtcNow))
{

    private Task<DigitizationRequestView> EventuallyAsync(Guid id, Func<DigitizationRequestView, bool> done) =>
        Host.EventuallyAsync(() => Client.GetRequestAsync(id), done);

    [Fact]
    public async Task A_request_not_completed_within_the_departments_work_time_expires_and_the_requester_is_told()
    {
        var department = await (await Client.GetAsync("/api/departments/DIGI_DEPT_INST")).ReadAsync<System.Text.Json.Nodes.JsonObject>(HttpStatusCode.OK);
        var days = department["workTimeDays"]!.GetValue<int>();
        var request = await Client.CreateAsync(Api.NewRequest(email: "slow@example.org"));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddDays(days), request.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
        await Client.ScanAtDepartmentAsync();

        Clock.Advance(TimeSpan.FromDays(days) - TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Equal(DigitizationStatus.Digitization, (await Client.GetRequestAsync(request.Id)).Status);

        Clock.Advance(TimeSpan.FromHours(2));
        var expired = await EventuallyAsync(request.Id, r => r.Status == DigitizationStatus.Expired);

        Assert.Equal(DigitizationStatus.Expired, expired.Status);
        Assert.Equal("Expired", expired.Workflow?.Result);
        Assert.Empty(expired.Workflow!.WaitingFor);
        Assert.Contains(expired.History, h => h.Actor == "system:timer");
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "slow@example.org"));
        Assert.Contains("expired", mail.Subject);
        await (await Client.NextStepAsync(request.Id)).ProblemAsync(HttpStatusCode.Conflict, "Expired");
    }

    [Fact]
    public async Task A_completed_request_does_not_expire_later()
    {
        var request = await Client.CreateAsync();
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        await Client.AttachAsync(request.Id, Api.FileOf(10));
        await Client.DoneAsync(request.Id);

        Clock.Advance(TimeSpan.FromDays(400));
        await Task.Delay(500);
        var after = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.Completed, after.Status);
        Assert.Equal("Completed", after.Workflow?.Result);
    }

    [Fact]
    public async Task Updating_the_expiry_from_the_approval_list_moves_the_expiry_timer()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        var approval = request.Approval!.Id;
        var later = Clock.GetUtcNow().UtcDateTime.AddDays(60);

        var updated = await (await Client.PutAsJsonAsync($"/api/approvals/{approval}/expiry", new { expiresAt = later }))
            .ReadAsync<ApprovalView>(HttpStatusCode.OK);
        Assert.Equal(later, updated.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
        await (await Client.PutAsJsonAsync($"/api/approvals/{approval}/expiry", new { expiresAt = Clock.GetUtcNow().UtcDateTime.AddDays(-1) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "future");
        await (await Client.PutAsJsonAsync($"/api/approvals/{approval}/expiry", new { })).ProblemAsync(HttpStatusCode.BadRequest, "expiresAt");
        await (await Client.PutAsJsonAsync($"/api/approvals/{approval}/expiry", new { expiresAt = DateTime.MaxValue }))
            .ProblemAsync(HttpStatusCode.BadRequest, "expiresAt", "2999-12-31");
        await (await Client.PutAsJsonAsync($"/api/approvals/{Guid.NewGuid()}/expiry", new { expiresAt = later })).ProblemAsync(HttpStatusCode.NotFound);

        Clock.Advance(TimeSpan.FromDays(30));
        await Task.Delay(500);
        Assert.Equal(DigitizationStatus.PickupFromShelf, (await Client.GetRequestAsync(request.Id)).Status);

        Clock.Advance(TimeSpan.FromDays(31));
        var expired = await EventuallyAsync(request.Id, r => r.Status == DigitizationStatus.Expired);
        Assert.Equal(DigitizationStatus.Expired, expired.Status);
        Assert.Equal(WorkflowStatus.Cancelled, expired.Workflow?.Status);
    }

    [Fact]
    public async Task Without_a_work_time_there_is_no_expiry_to_update()
    {
        var department = await (await Client.GetAsync("/api/departments/DIGI_DEPT_INST")).ReadAsync<System.Text.Json.Nodes.JsonObject>(HttpStatusCode.OK);
        department["workTimeDays"] = null;
        (await Client.PutAsJsonAsync("/api/departments/DIGI_DEPT_INST", department)).EnsureSuccessStatusCode();
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var request = await Client.CreateAsync();
        Assert.Null(request.ExpiresAt);

        await (await Client.PutAsJsonAsync($"/api/approvals/{request.Approval!.Id}/expiry", new { expiresAt = Clock.GetUtcNow().UtcDateTime.AddDays(3) }))
            .ProblemAsync(HttpStatusCode.Conflict, "no expiration date");
    }

    [Fact]
    public async Task Link_files_are_removed_after_the_cleanup_days_and_the_link_and_the_staff_download_then_answer_410()
    {
        await Client.AddRuleAsync("DocumentDeliveryLink");
        var request = await Client.CreateAsync(Api.NewRequest(email: "cleanup@example.org"));
        await Client.ScanAtDepartmentAsync();
        await Client.NextStepAsync(request.Id);
        var file = Api.FileOf(1000);
        await Client.AttachAsync(request.Id, file);
        await Client.DoneAsync(request.Id);
        var mail = await Host.Mail.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "cleanup@example.org"));
        var link = new Uri(LinkPattern().Match(mail.TextBody ?? "").Value).PathAndQuery;

        Assert.Equal(file, await Client.GetByteArrayAsync(link));
        Assert.Equal(file, await Client.GetByteArrayAsync(link));

        Clock.Advance(TimeSpan.FromDays(15));
        var gone = await Host.EventuallyAsync(() => Client.GetAsync(link), r => r.StatusCode == HttpStatusCode.Gone);
        await gone.ProblemAsync(HttpStatusCode.Gone, "removed");
        Assert.Empty(Directory.GetFiles(Path.Combine(Host.Folder, "files", request.Id.ToString())));
        var attachment = (await Client.GetRequestAsync(request.Id)).Attachments.Single();
        await (await Client.GetAsync($"/api/requests/{request.Id}/attachments/{attachment.Id}"))
            .ProblemAsync(HttpStatusCode.Gone, attachment.FileName, "removed", Clock.GetUtcNow().ToString("yyyy-MM-dd"));
    }

    [GeneratedRegex(@"https?://\S+/delivery/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
