using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DigitizationReturnMoves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DigitizationRequestId",
                table: "move_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ViaDesk",
                table: "move_requests",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ViaReachedAt",
                table: "move_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_move_requests_DigitizationRequestId",
                table: "move_requests",
                column: "DigitizationRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_move_requests_DigitizationRequestId",
                table: "move_requests");

            migrationBuilder.DropColumn(
                name: "DigitizationRequestId",
                table: "move_requests");

            migrationBuilder.DropColumn(
                name: "ViaDesk",
                table: "move_requests");

            migrationBuilder.DropColumn(
                name: "ViaReachedAt",
                table: "move_requests");
        }
    }
}
