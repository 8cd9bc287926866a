using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // Earlier requests become findable by id, barcode, requester id and title at once; the database only lowers
            // the case, so their accents stay until the request's next save folds its text as RequestSearch does.
            migrationBuilder.Sql("""
                UPDATE digitization_requests SET search_text = "Id"::text || chr(10) || lower(item_barcode) || chr(10) || lower(requester_id) || chr(10) || chr(10) || lower(item_title)
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
