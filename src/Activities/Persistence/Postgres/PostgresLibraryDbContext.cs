using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>The library's database on PostgreSQL, for production; its migrations are in <c>Postgres/Migrations</c>.</summary>
public sealed class PostgresLibraryDbContext(DbContextOptions<PostgresLibraryDbContext> options) : LibraryDbContext(options);
