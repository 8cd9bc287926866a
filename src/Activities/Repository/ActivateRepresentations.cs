using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Workflows.Activities;

namespace Library.Repository;

[Description("Makes the request's representations active in the repository.")]
public sealed class ActivateRepresentations(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var representations = await db.RepresentationsOfAsync(request.Id, context.CancellationToken);
        foreach (var representation in representations) representation.Active = true;
        context.Note = $"{representations.Count} representation(s) active";
        return ActivityResult.Done;
    }
}
