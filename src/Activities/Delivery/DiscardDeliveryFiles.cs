using System.ComponentModel;
using Library.Digitization;
using Library.Persistence;
using Library.Storage;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Delivery;

/// <summary>
/// Removes the files a rejected request had attached for its requester: Alma: Digitization Processing ("Approving/
/// Rejecting a Request for Digitization") says that "if the request is rejected, the digital file is not created". A
/// request whose approval runs in parallel may have files before the decision. Clearance documents stay: they are the
/// approver's evidence, not the digital file.
/// </summary>
[Description("Removes the request's delivery files and their stored copies.")]
public sealed class DiscardDeliveryFiles(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var files = await db.Attachments.Where(a => a.RequestId == request.Id && a.Purpose == AttachmentPurpose.Delivery)
            .OrderBy(a => a.AddedAt).ToListAsync(context.CancellationToken);
        db.Attachments.RemoveRange(files);
        context.OnCommitted(_ =>
        {
            foreach (var file in files) AttachmentStore.Discard(file.StoragePath);
            return Task.CompletedTask;
        });
        context.Note = files.Count == 0
            ? "no delivery file to remove"
            : $"Removed {files.Count} delivery file(s): {string.Join(", ", files.Select(f => f.FileName))}";
        return ActivityResult.Done;
    }
}
