using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>The library's database on SQLite, the embedded default; its migrations are in <c>Sqlite/Migrations</c>.</summary>
public sealed class SqliteLibraryDbContext(DbContextOptions<SqliteLibraryDbContext> options) : LibraryDbContext(options);
