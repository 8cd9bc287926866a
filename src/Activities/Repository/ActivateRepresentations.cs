using System.ComponentModel;
using Library.Persistence;
using Library.Requests;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Repository;

[Description("Makes the request's representations active in the repository.")]
public sealed class ActivateRepresentations(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.RequestOfAsync(context);
        // Loading into the context, then reading Local, also finds a representation added earlier in this same step.
        await db.Representations.Where(r => r.RequestId == request.Id).LoadAsync(context.CancellationToken);
        var representations = db.Representations.Local.Where(r => r.RequestId == request.Id).ToList();
        foreach (var representation in representations) representation.Active = true;
        context.Note = $"{representations.Count} representation(s) active";
        return ActivityResult.Done;
    }
}
