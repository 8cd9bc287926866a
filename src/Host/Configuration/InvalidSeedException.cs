namespace Library.Host.Configuration;

/// <summary>A seed file that cannot be used; the message names the file, the entry and what is wrong.</summary>
public sealed class InvalidSeedException(string message, Exception? inner = null) : Exception(message, inner);
