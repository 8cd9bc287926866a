namespace Bench.Measurements.History;

/// <summary>
/// What sets copy <c>n</c> of the finished request apart: its own ids (one for each of the template's, time-ordered as
/// the service makes them), its own barcode, and its age, two minutes more than the copy before, so a million copies
/// reach back almost four years.
/// </summary>
public sealed record HistoryCopy(Guid[] Ids, string Barcode, TimeSpan Age)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMinutes(2);

    public static HistoryCopy Number(int n, int idCount, DateTime templateTime)
    {
        var age = Spacing * (n + 1);
        var ids = new Guid[idCount];
        for (var i = 0; i < ids.Length; i++) ids[i] = Guid.CreateVersion7(templateTime - age);
        return new HistoryCopy(ids, $"OLD-{n:D7}", age);
    }
}
