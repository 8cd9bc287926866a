using Library.Digitization;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// The Notes tab of a request's Edit page (Alma: Digitization Processing, "Edit"): notes staff add, edit, delete and
/// find. Each change is written in the request's history under the signed-in account, in the same commit.
/// </summary>
public static class DigitizationNoteEndpoints
{
    private const string HistoryActivity = "notes";
    private const string HistoryType = "Note";

    public static IEndpointRouteBuilder MapDigitizationNotes(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/api/requests/{id:guid}/notes").WithTags("Digitization requests");
        notes.MapGet("/", List).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        notes.MapPost("/", Add).Needs(StaffPolicies.DigitizationProcessing).Validate<NoteBody>().Refuses(StatusCodes.Status404NotFound);
        notes.MapPut("/{noteId:guid}", Edit).Needs(StaffPolicies.DigitizationProcessing).Validate<NoteBody>().Refuses(StatusCodes.Status404NotFound);
        notes.MapDelete("/{noteId:guid}", Delete).Needs(StaffPolicies.DigitizationProcessing).Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The request's notes, oldest first, those matching the Find only when one is given.</summary>
    private static async Task<Results<Ok<List<DigitizationNoteView>>, ProblemHttpResult>> List(
        Guid id, [AsParameters] DigitizationNoteQuery query, LibraryDbContext db, CancellationToken ct)
    {
        if (!await db.DigitizationRequests.AnyAsync(r => r.Id == id, ct)) return DigitizationRequestEndpoints.UnknownRequest(id);
        var notes = await db.DigitizationNotes.AsNoTracking().Where(n => n.RequestId == id).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
        return TypedResults.Ok(notes.Where(query.Matches).Select(DigitizationNoteView.Of).ToList());
    }

    private static async Task<Results<Created<DigitizationNoteView>, ProblemHttpResult>> Add(
        Guid id, NoteBody? body, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock, HttpContext http,
        CancellationToken ct)
    {
        if (await action.CheckAsync(id, (_, _) => null, ct) is { } refusal) return refusal;
        var actor = ActingAccount.Of(http);
        var now = clock.GetUtcNow().UtcDateTime;
        var note = new DigitizationNote { Id = Guid.CreateVersion7(), RequestId = id, Text = body!.Text, CreatedBy = actor, CreatedAt = now, UpdatedBy = actor, UpdatedAt = now };
        await runtime.RecordAsync(id.ToString(), DigitizationRequests.WorkflowId, new RecordedAction(HistoryActivity, HistoryType, "Added", note.Text), actor, ct,
            _ =>
            {
                db.DigitizationNotes.Add(note);
                return Task.FromResult(true);
            });
        return TypedResults.Created($"/api/requests/{id}/notes/{note.Id}", DigitizationNoteView.Of(note));
    }

    private static async Task<Results<Ok<DigitizationNoteView>, ProblemHttpResult>> Edit(
        Guid id, Guid noteId, NoteBody? body, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        if (await action.CheckAsync(id, (_, _) => null, ct) is { } refusal) return refusal;
        var actor = ActingAccount.Of(http);
        DigitizationNote? edited = null;
        var recorded = await runtime.RecordAsync(id.ToString(), DigitizationRequests.WorkflowId, new RecordedAction(HistoryActivity, HistoryType, "Edited", body!.Text),
            actor, ct, async token =>
            {
                edited = await db.DigitizationNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.RequestId == id, token);
                if (edited is null) return false;
                edited.Text = body.Text;
                edited.UpdatedBy = actor;
                edited.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                return true;
            });
        return recorded ? TypedResults.Ok(DigitizationNoteView.Of(edited!)) : UnknownNote(id, noteId);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, Guid noteId, DigitizationRequestAction action, LibraryDbContext db, WorkflowRuntime runtime, HttpContext http, CancellationToken ct)
    {
        if (await action.CheckAsync(id, (_, _) => null, ct) is { } refusal) return refusal;
        var text = await db.DigitizationNotes.Where(n => n.Id == noteId && n.RequestId == id).Select(n => n.Text).SingleOrDefaultAsync(ct);
        if (text is null) return UnknownNote(id, noteId);
        var actor = ActingAccount.Of(http);
        var deleted = new RecordedAction(HistoryActivity, HistoryType, "Deleted", text);
        var recorded = await runtime.RecordAsync(id.ToString(), DigitizationRequests.WorkflowId, deleted, actor, ct, async token =>
        {
            var note = await db.DigitizationNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.RequestId == id, token);
            if (note is null) return false;
            db.DigitizationNotes.Remove(note);
            return true;
        });
        return recorded ? TypedResults.NoContent() : UnknownNote(id, noteId);
    }

    private static ProblemHttpResult UnknownNote(Guid id, Guid noteId) => ApiProblems.NotFound($"Request {id} has no note {noteId}.");
}
