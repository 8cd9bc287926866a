using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "digitization_requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // Earlier requests become findable by id, barcode, requester id and title at once; the database only lowers
            // the case, so their accents stay until the request's next save folds its text as RequestSearch does.
            migrationBuilder.Sql("""
                UPDATE digitization_requests SET search_text = lower("Id") || char(10) || lower(item_barcode) || char(10) || lower(requester_id) || char(10) || char(10) || lower(item_title)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "search_text",
                table: "digitization_requests");
        }
    }
}
