using Library.Delivery;
using Library.Digitization;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Notifications;

public static class LetterDetailsLookup
{
    /// <summary>
    /// What <paramref name="letter"/> tells about <paramref name="request"/> besides the request itself: the delivery files,
    /// the download link, the approver's reason. What the request does not have yet (a link, a decision) is left empty, so
    /// a letter can be previewed against any request.
    /// </summary>
    public static async Task<LetterDetails> LetterDetailsAsync(
        this LibraryDbContext db, Letter letter, DigitizationRequest request, DeliveryOptions delivery, CancellationToken ct)
    {
        switch (letter)
        {
            case Letter.DocumentDeliveryNotification:
                var link = db.DeliveryLinks.Local.FirstOrDefault(l => l.RequestId == request.Id)
                           ?? await db.DeliveryLinks.OrderByDescending(l => l.CreatedAt).FirstOrDefaultAsync(l => l.RequestId == request.Id, ct);
                return link is null ? new LetterDetails([]) : new LetterDetails([], delivery.UrlOf(link), link.MaxAccessCount, link.CleanupAt);
            case Letter.DigitizationRejected:
                var approval = await db.Approvals.FirstOrDefaultAsync(a => a.RequestId == request.Id, ct);
                return new LetterDetails([], RejectionReason: approval?.Reason, RejectionNote: approval?.Note);
            default:
                await db.Entry(request).Collection(r => r.Attachments).LoadAsync(ct);
                return new LetterDetails(request.Attachments.Where(a => a.Purpose == AttachmentPurpose.Delivery).OrderBy(a => a.AddedAt).ToList());
        }
    }
}
