using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Digitization;

/// <summary>
/// A request's Edit page (Alma: Digitization Processing, "Edit"): the Notes tab, and the Status field whose change
/// moves the workflow and is written in the history with its note.
/// </summary>
public sealed class EditPageTests : HostTest
{
    private Task<HttpResponseMessage> AddNoteAsync(HttpClient client, Guid id, string text) => client.PostAsJsonAsync($"/api/requests/{id}/notes", new { text });

    private async Task<List<DigitizationNoteView>> NotesAsync(Guid id, string query = "") =>
        await (await Client.GetAsync($"/api/requests/{id}/notes{query}")).ReadAsync<List<DigitizationNoteView>>(HttpStatusCode.OK);

    [Fact]
    public async Task Notes_are_added_edited_deleted_and_found_each_change_in_the_history_under_its_account()
    {
        var request = await Client.CreateAsync();
        var operatorClient = await Host.StaffAsync("marie", ("Work Order Operator", [Api.Department]));

        var first = await (await AddNoteAsync(Client, request.Id, "Reliure fragile : numériser à plat")).ReadAsync<DigitizationNoteView>(HttpStatusCode.Created);
        var second = await (await AddNoteAsync(operatorClient, request.Id, "Patron asked for colour")).ReadAsync<DigitizationNoteView>(HttpStatusCode.Created);
        Assert.Equal((LibraryHost.AdminUserName, LibraryHost.AdminUserName), (first.CreatedBy, first.UpdatedBy));

        var edited = await (await operatorClient.PutAsJsonAsync($"/api/requests/{request.Id}/notes/{first.Id}", new { text = "Reliure fragile : numériser sur berceau" }))
            .ReadAsync<DigitizationNoteView>(HttpStatusCode.OK);
        Assert.Equal((LibraryHost.AdminUserName, "marie", first.CreatedAt), (edited.CreatedBy, edited.UpdatedBy, edited.CreatedAt));

        Assert.Equal([first.Id, second.Id], (await NotesAsync(request.Id)).Select(n => n.Id));
        Assert.Equal([first.Id], (await NotesAsync(request.Id, "?text=NUMERISER")).Select(n => n.Id));
        Assert.Equal([second.Id], (await NotesAsync(request.Id, "?createdBy=mar")).Select(n => n.Id));
        Assert.Equal([first.Id, second.Id], (await NotesAsync(request.Id, "?updatedBy=marie")).Select(n => n.Id));
        Assert.Empty(await NotesAsync(request.Id, "?updatedBy=marie&text=colour&createdBy=admin"));

        Assert.Equal(HttpStatusCode.NoContent, (await operatorClient.DeleteAsync($"/api/requests/{request.Id}/notes/{second.Id}")).StatusCode);
        Assert.Equal([first.Id], (await NotesAsync(request.Id)).Select(n => n.Id));

        var history = (await Client.GetRequestAsync(request.Id)).History.Where(h => h.Activity == "notes").ToList();
        Assert.Equal(
            [("Added", LibraryHost.AdminUserName, "Reliure fragile : numériser à plat"), ("Added", "marie", "Patron asked for colour"),
             ("Edited", "marie", "Reliure fragile : numériser sur berceau"), ("Deleted", "marie", "Patron asked for colour")],
            history.Select(h => (h.Outcome!, h.Actor, h.Note!)));
    }

    [Fact]
    public async Task A_blank_note_or_an_unknown_one_is_refused_without_change()
    {
        var request = await Client.CreateAsync();
        var note = await (await AddNoteAsync(Client, request.Id, "kept")).ReadAsync<DigitizationNoteView>(HttpStatusCode.Created);

        await RefusedWithoutChange(() => AddNoteAsync(Client, request.Id, ""), HttpStatusCode.BadRequest, "text");
        await RefusedWithoutChange(() => AddNoteAsync(Client, request.Id, new string('x', 2001)), HttpStatusCode.BadRequest, "text");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/notes/{Guid.NewGuid()}", new { text = "x" }), HttpStatusCode.NotFound, "no note");
        await RefusedWithoutChange(() => Client.DeleteAsync($"/api/requests/{request.Id}/notes/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "no note");
        await RefusedWithoutChange(() => AddNoteAsync(Client, Guid.NewGuid(), "x"), HttpStatusCode.NotFound);
        var notOperator = await Host.StaffAsync("paul", ("Fulfillment Services Operator", []));
        await RefusedWithoutChange(() => notOperator.PutAsJsonAsync($"/api/requests/{request.Id}/notes/{note.Id}", new { text = "x" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Setting_the_status_moves_the_workflow_as_the_action_would_and_records_the_note()
    {
        var request = await Client.CreateAsync();
        var choices = await (await Client.GetAsync($"/api/requests/{request.Id}/status")).ReadAsync<StatusChoicesView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.PickupFromShelf, choices.Status);
        Assert.Equal([DigitizationStatus.Digitization], choices.Allowed);

        var digitizing = await (await Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Digitization", note = "Item brought by hand" }))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal(DigitizationStatus.Digitization, digitizing.Status);
        Assert.Equal(["next-step", "cancel"], digitizing.Actions);
        Assert.Contains(digitizing.History, h => h is { Activity: "scan-in", Actor: LibraryHost.AdminUserName, Note: "Status set to Digitization on the Edit page: Item brought by hand" });

        var delivering = await (await Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Document Delivery" }))
            .ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationStatus.DocumentDelivery, "Status set to Document Delivery on the Edit page"),
            (delivering.Status, delivering.History.Last(h => h.Activity == "next-step").Note));
        Assert.Empty((await (await Client.GetAsync($"/api/requests/{request.Id}/status")).ReadAsync<StatusChoicesView>(HttpStatusCode.OK)).Allowed);
    }

    [Fact]
    public async Task A_status_the_workflow_cannot_go_to_now_is_409_naming_the_allowed_ones()
    {
        var request = await Client.CreateAsync();
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Document Delivery" }),
            HttpStatusCode.Conflict, "it can be set to Digitization");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Completed" }),
            HttpStatusCode.Conflict, "Digitization");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Pickup From Shelf" }),
            HttpStatusCode.Conflict, "Digitization");
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Someday" }),
            HttpStatusCode.BadRequest, "status", "Pickup From Shelf");

        await (await Client.CancelAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await RefusedWithoutChange(() => Client.PutAsJsonAsync($"/api/requests/{request.Id}/status", new { status = "Digitization" }),
            HttpStatusCode.Conflict, "no status can be chosen now");
    }

    /// <summary>The change resumes this request's wait, not the oldest request's waiting for the same item.</summary>
    [Fact]
    public async Task Setting_the_status_moves_only_this_request_when_another_waits_for_the_same_item()
    {
        var older = await Client.CreateAsync();
        var body = Api.NewRequest();
        body["requester"]!["id"] = "p-1002";
        var newer = await Client.CreateAsync(body);

        await (await Client.PutAsJsonAsync($"/api/requests/{newer.Id}/status", new { status = "Digitization" })).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.PickupFromShelf, (await Client.GetRequestAsync(older.Id)).Status);
        Assert.Equal(DigitizationStatus.Digitization, (await Client.GetRequestAsync(newer.Id)).Status);
    }
}
