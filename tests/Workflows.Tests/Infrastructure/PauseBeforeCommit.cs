using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Tests.Infrastructure;

/// <summary>
/// Lets a test hold one unit of work just before its commit begins: after its bookmark lookup has loaded the instance
/// and its step has run, a window in which another resume can commit. The commit begins with its transaction when the
/// gate opens one around the save (on SQLite that takes the write lock), else with the save. Only the async flow that
/// set <see cref="Hook"/> is affected.
/// </summary>
public sealed class PauseBeforeCommit : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly AsyncLocal<Func<Task>?> Hook = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await PauseAsync();
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await PauseAsync();
        return result;
    }

    /// <summary>
    /// Hooks that have run: clearing <see cref="Hook"/> inside an interceptor does not clear it for the flow that goes
    /// on to save, and a hook runs once.
    /// </summary>
    private static readonly ConditionalWeakTable<Func<Task>, object> Ran = new();

    private static async Task PauseAsync()
    {
        if (Hook.Value is not { } hook || !Ran.TryAdd(hook, hook)) return;
        await hook();
    }
}
