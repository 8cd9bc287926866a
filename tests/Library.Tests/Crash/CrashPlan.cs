namespace Library.Tests.Crash;

/// <summary>
/// How hard a crash run is: how many times the host is killed, how many clients work meanwhile, and the seed of the
/// moments it dies at. <c>./test.sh</c> runs the short plan; <c>scripts/crash-test.sh</c> sets a longer one through
/// <c>WORKFLOWS_CRASH_KILLS</c> and repeats a run's moments through <c>WORKFLOWS_CRASH_SEED</c>.
/// </summary>
public sealed record CrashPlan(int Kills, int Clients, int Seed)
{
    private const int ShortRunKills = 5;
    private const int DefaultClients = 6;

    /// <summary>
    /// A host's life is counted in steps it acknowledges, between one and this many, so every life does some work
    /// however slow the machine; the kill then lands up to <see cref="LongestWait"/> later, in whatever is under way.
    /// </summary>
    public const int MostStepsPerLife = 8;

    public static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    /// <summary>A life that acknowledges nothing for this long is ended anyway: the run then finds what is stuck.</summary>
    public static readonly TimeSpan LongestLife = TimeSpan.FromSeconds(60);

    public static CrashPlan FromEnvironment() => new(
        Number("WORKFLOWS_CRASH_KILLS") ?? ShortRunKills,
        Number("WORKFLOWS_CRASH_CLIENTS") ?? DefaultClients,
        Number("WORKFLOWS_CRASH_SEED") ?? Random.Shared.Next());

    public override string ToString() => $"{Kills} kills, {Clients} clients, seed {Seed} (WORKFLOWS_CRASH_SEED={Seed} repeats its moments)";

    private static int? Number(string variable) => int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) ? value : null;
}
