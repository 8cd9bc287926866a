using System.ComponentModel;
using System.Text.Json;
using Library.Persistence;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Repository;

/// <summary>
/// Waits for staff to add the digital inventory (Alma: Digitization Processing, "Delivering Digitized Items", the
/// "Add digital inventory" action); the representation is stored inactive, to be activated once the request is
/// approved.
/// </summary>
[Description("Waits for the representation to be added to the repository.")]
[WaitsFor(DigitizationBookmarks.AddRepresentation)]
public sealed class AddRepresentation(LibraryDbContext db) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(DigitizationBookmarks.AddRepresentation, context.CorrelationId!)));

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var added = resumption.Payload.Deserialize<NewRepresentation>(JsonSerializerOptions.Web)
                    ?? throw new InvalidOperationException("A representation needs its details.");
        var request = await db.DigitizationRequestOfAsync(context);
        db.Representations.Add(new Representation
        {
            Id = added.Id,
            RequestId = request.Id,
            Barcode = request.Item.Barcode,
            Title = request.Item.Title,
            MmsId = request.Item.MmsId,
            UsageType = added.UsageType,
            Library = added.Library,
            AccessRightsPolicy = added.AccessRightsPolicy,
            Remote = added.Remote,
            Active = false,
            CreatedAt = context.UtcNow,
            CreatedBy = context.Actor,
            Files = added.Files.Select(f => new RepresentationFile
            {
                Id = f.Id, RepresentationId = added.Id, FileName = f.FileName, ContentType = f.ContentType, Size = f.Size, StoragePath = f.StoragePath,
            }).ToList(),
        });
        context.Note = $"Representation added ({added.UsageType}, {added.Files.Count} file(s)), inactive until delivery";
        return ActivityResult.Done;
    }
}
