using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RequesterNameLanguageAndRecordIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "item_isbn",
                table: "digitization_requests",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "item_isbn13",
                table: "digitization_requests",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "item_issn",
                table: "digitization_requests",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "item_issue",
                table: "digitization_requests",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "item_mms_id",
                table: "digitization_requests",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "item_volume",
                table: "digitization_requests",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            // Requests placed before languages were kept are read in the documented default language (Letters:DefaultLanguage).
            migrationBuilder.AddColumn<string>(
                name: "requester_language",
                table: "digitization_requests",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "requester_name",
                table: "digitization_requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_item_isbn13",
                table: "digitization_requests",
                column: "item_isbn13");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_item_issn",
                table: "digitization_requests",
                column: "item_issn");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_item_mms_id",
                table: "digitization_requests",
                column: "item_mms_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_item_isbn13",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_item_issn",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_item_mms_id",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_isbn",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_isbn13",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_issn",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_issue",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_mms_id",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "item_volume",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "requester_language",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "requester_name",
                table: "digitization_requests");
        }
    }
}
