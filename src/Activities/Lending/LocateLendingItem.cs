using System.ComponentModel;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>Looks the requested item up in the catalogue by barcode; an item not found leaves the request Locate Failed.</summary>
[Description("Locates the requested resource by barcode.")]
[Outcomes(Located, NotFound)]
public sealed class LocateLendingItem(LibraryDbContext db, IOptions<LendingSettings> settings) : Activity
{
    public const string Located = "Located";
    public const string NotFound = "NotFound";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.LendingRequestOfAsync(context);
        var item = await db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Barcode == request.Item.Barcode, context.CancellationToken);
        request.Item.Located = item is not null;
        request.Status = item is null ? LendingStatus.LocateFailed : LendingStatus.LendingRequestCreated;
        request.UpdatedAt = context.UtcNow;
        LendingTimers.Set(context, request, settings.Value.InstitutionTimeZone());
        context.Note = item is null
            ? $"Locate Failed: no item with barcode {request.Item.Barcode}"
            : $"Lending Request Created: {item.Title} at {item.Library}/{item.Location}";
        return ActivityResult.Outcome(item is null ? NotFound : Located);
    }
}
