using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// Holds the next save that starts after <see cref="Arm"/> until <see cref="Release"/>, wherever it runs. Under
/// group commit the save runs on the writer, so holding it keeps the writer busy while other units queue.
/// </summary>
public sealed class HoldSaves : SaveChangesInterceptor
{
    private TaskCompletionSource? _reached;
    private TaskCompletionSource? _release;

    /// <returns>A task that completes when the held save has started.</returns>
    public Task Arm()
    {
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _reached.Task;
    }

    public void Release() => _release?.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var reached = Interlocked.Exchange(ref _reached, null);
        if (reached is not null)
        {
            reached.TrySetResult();
            await _release!.Task;
        }
        return result;
    }
}
