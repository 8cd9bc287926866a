using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Library.Storage;
using Workflows.Activities;

namespace Library.Repository;

/// <summary>Removes the request's representations from the repository (a rejected request's files are not kept).</summary>
[Description("Deletes the request's representations and their files.")]
public sealed class DeleteRepresentations(LibraryDbContext db) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var representations = await db.RepresentationsOfAsync(request.Id, context.CancellationToken);
        var paths = representations.SelectMany(r => r.Files).Select(f => f.StoragePath).ToList();
        db.Representations.RemoveRange(representations);
        context.OnCommitted(_ =>
        {
            foreach (var path in paths) AttachmentStore.Discard(path);
            return Task.CompletedTask;
        });
        context.Note = representations.Count == 0 ? "no representation to delete" : $"{representations.Count} representation(s) deleted";
        return ActivityResult.Done;
    }
}
