using Library.Persistence;
using Workflows.Activities;

namespace Library.Digitization;

public static class DigitizationRequestLookup
{
    /// <summary>The request an activity's instance serves: the instance's correlation id is the request id.</summary>
    public static async Task<DigitizationRequest> DigitizationRequestOfAsync(this LibraryDbContext db, ActivityContext context)
    {
        if (!Guid.TryParse(context.CorrelationId, out var id))
            throw new InvalidOperationException($"Instance {context.InstanceId} is not correlated with a request.");
        return await db.DigitizationRequests.FindAsync([id], context.CancellationToken)
               ?? throw new InvalidOperationException($"Request {id} of instance {context.InstanceId} does not exist.");
    }
}
