namespace Library.Host.Database;

/// <summary>Start-up found the database in a state the service must not run on; the message says what to do.</summary>
public sealed class DatabaseNotReadyException(string message) : Exception(message);
