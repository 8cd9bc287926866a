using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Workflows.Runtime;

namespace Workflows.Timers;

/// <summary>Fired by Quartz when a timer bookmark is due: resumes it as the system account.</summary>
public sealed class ResumeTimerJob(IServiceScopeFactory scopes) : IJob
{
    public const string BookmarkIdKey = "bookmarkId";
    public const string Actor = "system:timer";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var bookmarkId = Guid.Parse(context.MergedJobDataMap.GetString(BookmarkIdKey)!);
        using var scope = scopes.CreateScope();
        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        await runtime.ResumeAsync(bookmarkId, payload: null, Actor, cancellationToken);
    }
}
