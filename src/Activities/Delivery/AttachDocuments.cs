using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Delivery;

/// <summary>
/// Collects the digitized files to send: each attach records one file and waits again; Done ends delivery.
/// </summary>
[Description("Waits for files to be attached, until staff choose Done.")]
[Outcomes(Attached, Outcomes.Done)]
[WaitsFor(DigitizationBookmarks.AttachDocument, DigitizationBookmarks.CompleteDelivery)]
public sealed class AttachDocuments(LibraryDbContext db) : Activity
{
    public const string Attached = "Attached";

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

        var file = resumption.Payload.Deserialize<AttachedFile>(JsonSerializerOptions.Web)
                   ?? throw new InvalidOperationException("An attachment needs its file.");
        var request = await db.DigitizationRequestOfAsync(context);
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
}
