using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// Lets a test hold one unit of work just before it saves: after its bookmark lookup has loaded the instance and
/// its step has run, a window in which another resume can commit. Only the async flow that set
/// <see cref="Hook"/> is affected.
/// </summary>
public sealed class PauseBeforeCommit : SaveChangesInterceptor
{
    public static readonly AsyncLocal<Func<Task>?> Hook = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Hook.Value is { } hook)
        {
            Hook.Value = null;
            await hook();
        }
        return result;
    }
}
