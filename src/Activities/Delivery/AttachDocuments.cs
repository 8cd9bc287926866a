using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Library.Digitization;
using Library.Storage;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Delivery;

/// <summary>
/// Collects the digitized files to send: each attach records one file and waits again, as does the removal of one
/// (<see cref="RemovePayload"/>: a delete, or the first half of a replace); Done ends delivery. A removal goes through
/// this wait so that it and Done are never both taken: the files Done sends are the ones still attached.
/// </summary>
[Description("Waits for files to be attached, until staff choose Done.")]
[Outcomes(Attached, Outcomes.Done)]
[WaitsFor(DigitizationBookmarks.AttachDocument, DigitizationBookmarks.CompleteDelivery)]
public sealed class AttachDocuments(LibraryDbContext db) : Activity
{
    public const string Attached = "Attached";

    /// <summary>The payload's property naming the attachment to remove instead of a file to add.</summary>
    public const string RemovePayload = "remove";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(
            new BookmarkRequest(DigitizationBookmarks.AttachDocument, context.CorrelationId!),
            new BookmarkRequest(DigitizationBookmarks.CompleteDelivery, context.CorrelationId!)));

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (resumption.BookmarkName == DigitizationBookmarks.CompleteDelivery)
        {
            context.Note = "Done";
            return ActivityResult.Done;
        }

        var request = await db.DigitizationRequestOfAsync(context);
        if (resumption.Payload?[RemovePayload]?.GetValue<string>() is { } removed) return await RemoveAsync(request, Guid.Parse(removed), context);

        var file = resumption.Payload.Deserialize<AttachedFile>(JsonSerializerOptions.Web)
                   ?? throw new InvalidOperationException("An attachment needs its file.");
        db.Attachments.Add(new Attachment
        {
            Id = file.Id,
            RequestId = request.Id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Size = file.Size,
            StoragePath = file.StoragePath,
            Url = file.Url,
            Note = file.Note,
            AddedAt = context.UtcNow,
            AddedBy = context.Actor,
        });
        context.Note = $"Attached {file.FileName} ({file.Size:N0} bytes)";
        return ActivityResult.Outcome(Attached);
    }

    /// <summary>Removes the record now and the file once the removal has committed, so a rollback keeps both.</summary>
    private async Task<ActivityResult> RemoveAsync(DigitizationRequest request, Guid attachmentId, ActivityContext context)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(
            a => a.Id == attachmentId && a.RequestId == request.Id && a.Purpose == AttachmentPurpose.Delivery, context.CancellationToken);
        if (attachment is null) return ActivityResult.Decline($"Request {request.Id} has no delivery file {attachmentId} (any more).");
        db.Attachments.Remove(attachment);
        context.OnCommitted(_ =>
        {
            AttachmentStore.Discard(attachment.StoragePath);
            return Task.CompletedTask;
        });
        context.Note = $"Removed {attachment.FileName} ({attachment.Size:N0} bytes)";
        return ActivityResult.Outcome(Attached);
    }
}
