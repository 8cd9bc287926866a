namespace Library.Lending;

public enum NoteKind { Internal, ToPartner }
