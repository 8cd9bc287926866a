using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// Lets a test hold one resume at its first query that reads from the instances table, after its bookmark lookup
/// (which loads the instance by a join) and before its commit: a window in which another resume can commit. Only
/// the async flow that set <see cref="Hook"/> is affected.
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
