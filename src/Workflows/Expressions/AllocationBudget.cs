using Jint.Runtime;

namespace Workflows.Expressions;

/// <summary>
/// What one evaluation may allocate, counted as Jint's own memory limit counts it: the bytes its thread allocated
/// since the evaluation began. Jint checks that between statements and every 10,000 steps of a built-in's loop, so a
/// single built-in call (<c>'x'.repeat(2**28)</c>) can allocate half a gigabyte before it looks; this budget is also
/// checked before such a call and after every built-in returns.
/// </summary>
internal sealed class AllocationBudget(long bytes)
{
    private readonly long _start = GC.GetAllocatedBytesForCurrentThread();

    public long Bytes { get; } = bytes;

    private long Used => GC.GetAllocatedBytesForCurrentThread() - _start;

    /// <summary>Refuses, before it is built, a string of <paramref name="characters"/> UTF-16 code units that would not fit.</summary>
    public void Reserve(double characters)
    {
        var needed = Used + characters * sizeof(char);
        if (needed > Bytes) throw new MemoryLimitExceededException($"Script would allocate {needed:F0} bytes but is limited to {Bytes}");
    }

    public void Check()
    {
        var used = Used;
        if (used > Bytes) throw new MemoryLimitExceededException($"Script has allocated {used} bytes but is limited to {Bytes}");
    }
}
