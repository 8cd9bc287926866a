using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflows.Persistence;

namespace Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Cancels an instance that has not ended, in one commit: its waits and timers go, its running children are
    /// cancelled, a parent waiting for it goes on along its Cancelled outcome, and its history names
    /// <paramref name="actor"/> as who cancelled it. A step of another request that commits first is taken into account
    /// by cancelling again on what it left.
    /// </summary>
    public async Task<CancelResult> CancelAsync(Guid instanceId, string actor, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var execution = NewExecution(actor, ct);
            try
            {
                if (!await db.Instances.AnyAsync(i => i.Id == instanceId, ct)) return CancelResult.NotFound;
                var cancelled = await execution.CancelAsync(instanceId);
                if (cancelled is null)
                {
                    var status = execution.Instances.Single().Status;
                    db.ChangeTracker.Clear();
                    return new CancelResult(CancelStatus.Ended, status);
                }
                await CommitAsync(execution, ct);
                return new CancelResult(CancelStatus.Cancelled, WorkflowStatus.Cancelled);
            }
            catch (DbUpdateException e)
            {
                if (e is not DbUpdateConcurrencyException && !await IsStaleAsync(execution, ct)) throw;
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts) return CancelResult.Conflict;
                logger.LogDebug("Cancellation of instance {Instance} retried after a concurrent update", instanceId);
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }
}
