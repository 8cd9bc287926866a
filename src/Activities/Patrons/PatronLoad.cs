namespace Library.Patrons;

/// <summary>
/// How many digitization requests one requester has open, kept in the same commit as the requests that open and close
/// them, so the patron limit is checked against a count that concurrent placements cannot both have read and passed.
/// </summary>
public sealed class PatronLoad
{
    public required string RequesterId { get; init; }
    public int OpenRequests { get; private set; }

    /// <summary>
    /// A concurrency token: changes with every count, so of two units that read the same count only the first to
    /// commit does, on SQLite's group commit (the second's update finds no row in the group's transaction) and on
    /// PostgreSQL (the second's update waits for the first's row lock and then matches no row).
    /// </summary>
    public int Version { get; private set; }

    public void Opened()
    {
        OpenRequests++;
        Version++;
    }

    public void Closed()
    {
        OpenRequests--;
        Version++;
    }
}
