using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IsoMessagesInBothDirections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ConfirmationXml",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Direction",
                table: "lending_iso_messages",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Sent");

            migrationBuilder.AddColumn<string>(
                name: "ErrorType",
                table: "lending_iso_messages",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorValue",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageStatus",
                table: "lending_iso_messages",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Xml",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConfirmationXml",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "ErrorType",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "ErrorValue",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "MessageStatus",
                table: "lending_iso_messages");

            migrationBuilder.DropColumn(
                name: "Xml",
                table: "lending_iso_messages");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "lending_iso_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
