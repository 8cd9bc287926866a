using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>
/// The Find box of the in-process list and the approval list, and "Filter by this Record" (Alma: Digitization
/// Processing, Approval Requests List), on the database the tests run on.
/// </summary>
public sealed class RequestSearchTests : HostTest
{
    private static JsonObject Request(string barcode, string requesterId, string? name = null, string title = "Le Rouge et le Noir",
        string? mmsId = null, string? isbn = null, string? issn = null, string? volume = null, string? issue = null)
    {
        var body = Api.NewRequest(barcode);
        body["requester"]!["id"] = requesterId;
        body["requester"]!["name"] = name;
        body["item"]!["title"] = title;
        body["item"]!["mmsId"] = mmsId;
        body["item"]!["isbn"] = isbn;
        body["item"]!["issn"] = issn;
        body["item"]!["volume"] = volume;
        body["item"]!["issue"] = issue;
        return body;
    }

    private async Task<List<Guid>> FoundAsync(string query) =>
        (await (await Client.GetAsync($"/api/requests?{query}")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK)).Select(r => r.Id).ToList();

    private async Task<List<Guid>> ApprovalsAsync(string query) =>
        (await (await Client.GetAsync($"/api/approvals?{query}")).ReadAsync<List<ApprovalView>>(HttpStatusCode.OK)).Select(a => a.RequestId).ToList();

    [Fact]
    public async Task Find_searches_id_barcode_title_and_the_requesters_name_and_id_whatever_the_case_and_accents()
    {
        var lefevre = await Client.CreateAsync(Request("39001000201", "p-2001", "Hélène Lefèvre", "Madame Bovary"));
        var zhang = await Client.CreateAsync(Request("39001000202", "p-2002", "张伟", "Der Zauberberg"));
        var other = await Client.CreateAsync(Request("39001000203", "s-77", "Jean Martin", "Œuvres complètes"));

        Assert.Equal([lefevre.Id], await FoundAsync("q=lefevre"));
        Assert.Equal([lefevre.Id], await FoundAsync("q=H%C3%89L%C3%88NE"));
        Assert.Equal([zhang.Id], await FoundAsync("q=%E5%BC%A0%E4%BC%9F"));
        Assert.Equal([zhang.Id], await FoundAsync("q=zauberberg"));
        Assert.Equal([other.Id], await FoundAsync("q=S-77"));
        Assert.Equal([zhang.Id], await FoundAsync("q=39001000202"));
        Assert.Equal([other.Id], await FoundAsync($"q={other.Id.ToString().ToUpperInvariant()}"));
        Assert.Equal([lefevre.Id, zhang.Id, other.Id], await FoundAsync("q=3900100020"));
        Assert.Equal([lefevre.Id, zhang.Id, other.Id], await FoundAsync("q=%20"));
        Assert.Empty(await FoundAsync("q=bovary%20zauberberg"));
        Assert.Equal([zhang.Id], await FoundAsync("q=zauberberg&status=Pickup%20From%20Shelf"));

        var listed = await (await Client.GetAsync("/api/requests?q=lefevre")).ReadAsync<List<DigitizationRequestSummary>>(HttpStatusCode.OK);
        Assert.Equal("Hélène Lefèvre", listed.Single().RequesterName);
    }

    [Fact]
    public async Task A_find_text_longer_than_any_search_is_400_naming_q()
    {
        await (await Client.GetAsync($"/api/requests?q={new string('a', 201)}")).ProblemAsync(HttpStatusCode.BadRequest, "'q'");
        await (await Client.GetAsync($"/api/approvals?q={new string('a', 201)}")).ProblemAsync(HttpStatusCode.BadRequest, "'q'");
    }

    [Fact]
    public async Task The_approval_list_finds_and_filters_by_this_record()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", management: "Parallel", approval: true);
        var book10 = await Client.CreateAsync(Request("39001000301", "p-3001", "Ana Lopes", "Ensaio sobre a cegueira", isbn: "0-306-40615-2"));
        var book13 = await Client.CreateAsync(Request("39001000302", "p-3002", isbn: "978-0-306-40615-7"));
        var byMms = await Client.CreateAsync(Request("39001000303", "p-3003", mmsId: "991000000001", isbn: "978-0-306-40615-7"));
        var sameMms = await Client.CreateAsync(Request("39001000304", "p-3004", mmsId: "991000000001"));
        var otherBook = await Client.CreateAsync(Request("39001000305", "p-3005", isbn: "978-3-16-148410-0"));

        Assert.Equal([book10.Id, book13.Id, byMms.Id], await ApprovalsAsync($"sameRecordAs={book10.Id}"));
        Assert.Equal([book10.Id, book13.Id, byMms.Id, sameMms.Id], await ApprovalsAsync($"sameRecordAs={byMms.Id}"));
        Assert.Equal([otherBook.Id], await ApprovalsAsync($"sameRecordAs={otherBook.Id}"));
        Assert.Equal([book10.Id], await ApprovalsAsync("q=cegueira"));
        Assert.Equal([book10.Id], await ApprovalsAsync($"q=lopes&sameRecordAs={byMms.Id}"));
        Assert.Equal([book10.Id, book13.Id, byMms.Id], await ApprovalsAsync($"status=pending&sameRecordAs={book13.Id}"));

        await (await Client.GetAsync($"/api/approvals?sameRecordAs={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.BadRequest, "sameRecordAs");
    }

    /// <summary>Alma: items with no issue but the same ISSN and volume, or no volume and no issue but the same ISSN, are returned also.</summary>
    [Fact]
    public async Task A_journal_issue_matches_its_own_issue_and_the_items_without_issue_or_without_volume_and_issue()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", management: "Parallel", approval: true);
        const string issn = "0317-8471";
        var issue = await Client.CreateAsync(Request("39001000401", "p-4001", issn: issn, volume: "12", issue: "3"));
        var sameIssue = await Client.CreateAsync(Request("39001000402", "p-4002", issn: "03178471", volume: "12", issue: "3"));
        var volumeOnly = await Client.CreateAsync(Request("39001000403", "p-4003", issn: issn, volume: "12"));
        var wholeJournal = await Client.CreateAsync(Request("39001000404", "p-4004", issn: issn));
        await Client.CreateAsync(Request("39001000405", "p-4005", issn: issn, volume: "12", issue: "4"));
        await Client.CreateAsync(Request("39001000406", "p-4006", issn: issn, volume: "13"));
        await Client.CreateAsync(Request("39001000407", "p-4007", issn: "0028-0836", volume: "12", issue: "3"));

        Assert.Equal([issue.Id, sameIssue.Id, volumeOnly.Id, wholeJournal.Id], await ApprovalsAsync($"sameRecordAs={issue.Id}"));
    }
}
