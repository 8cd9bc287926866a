using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PatronLoads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patron_loads",
                columns: table => new
                {
                    RequesterId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patron_loads", x => x.RequesterId);
                });

            // The requests already open count, so the patron limit holds across the upgrade. The closed statuses
            // are those of this version, written out: a migration must not change with later code.
            migrationBuilder.Sql("""
                INSERT INTO patron_loads ("RequesterId", "OpenRequests", "Version")
                SELECT requester_id, COUNT(*), 0 FROM digitization_requests
                WHERE "Status" NOT IN ('Completed', 'Cancelled', 'Rejected', 'Expired')
                GROUP BY requester_id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patron_loads");
        }
    }
}
