using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// Lets a test hold one resume between its bookmark lookup and its load of the instance, which is the window in
/// which another resume can commit. Only the async flow that set <see cref="Hook"/> is affected.
/// </summary>
public sealed class PauseBeforeInstanceLoad : DbCommandInterceptor
{
    public static readonly AsyncLocal<Func<Task>?> Hook = new();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Hook.Value is { } hook && command.CommandText.Contains("FROM \"workflow_instances\"", StringComparison.Ordinal))
        {
            Hook.Value = null;
            await hook();
        }
        return result;
    }
}
