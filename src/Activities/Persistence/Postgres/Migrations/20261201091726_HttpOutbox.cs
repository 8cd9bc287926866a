using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HttpOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrderingKey",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "outbox_messages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OrderingKey_Sequence",
                table: "outbox_messages",
                columns: new[] { "OrderingKey", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_OrderingKey_Sequence",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "OrderingKey",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "outbox_messages");
        }
    }
}
