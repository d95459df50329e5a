using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Acceptance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Acceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "varchar(48)", unicode: false, maxLength: 48, nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractNumber = table.Column<string>(type: "varchar(48)", unicode: false, maxLength: 48, nullable: false),
                    ContractDigest = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RegionCode = table.Column<string>(type: "varchar(6)", unicode: false, maxLength: 6, nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PurchaserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PurchaserName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    ItemsJson = table.Column<string>(type: "nvarchar(max)", maxLength: 64000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    DeliveriesJson = table.Column<string>(type: "nvarchar(max)", maxLength: 64000, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PublicService = table.Column<bool>(type: "bit", nullable: false),
                    MembersJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ChecksJson = table.Column<string>(type: "nvarchar(max)", maxLength: 64000, nullable: false),
                    ResultPassed = table.Column<bool>(type: "bit", nullable: true),
                    ResultNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ConcludedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcludedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PurchaserConfirmedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PurchaserConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PurchaserDigest = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    SupplierConfirmedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SupplierConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SupplierDigest = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HistoryJson = table.Column<string>(type: "nvarchar(max)", maxLength: 16000, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Acceptances_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Acceptances_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Acceptances_Organizations_PurchaserId",
                        column: x => x.PurchaserId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Acceptances_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_ContractId",
                table: "Acceptances",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_NoticeId",
                table: "Acceptances",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_Number",
                table: "Acceptances",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_PurchaserId_Status",
                table: "Acceptances",
                columns: new[] { "PurchaserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_RegionCode_CreatedUtc",
                table: "Acceptances",
                columns: new[] { "RegionCode", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Acceptances_SupplierId_Status",
                table: "Acceptances",
                columns: new[] { "SupplierId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Acceptances");
        }
    }
}
