using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Lending;

public static class LendingLookup
{
    /// <summary>The lending request an activity's instance serves (the correlation id), with its notes and messages.</summary>
    public static async Task<LendingRequest> LendingRequestOfAsync(this LibraryDbContext db, ActivityContext context)
    {
        if (!Guid.TryParse(context.CorrelationId, out var id))
            throw new InvalidOperationException($"Instance {context.InstanceId} is not correlated with a lending request.");
        return db.LendingRequests.Local.FirstOrDefault(r => r.Id == id)
               ?? await db.LendingRequests.Include(r => r.Notes).Include(r => r.Communications).Include(r => r.IsoMessages).Include(r => r.Alerts)
                   .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
               ?? throw new InvalidOperationException($"Lending request {id} of instance {context.InstanceId} does not exist.");
    }
}
