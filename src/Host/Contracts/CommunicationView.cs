namespace Library.Host.Contracts;

public sealed record CommunicationView(string To, string Subject, string Body, string Sender, DateTime At);
