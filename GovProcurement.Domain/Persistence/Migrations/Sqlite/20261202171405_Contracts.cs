using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Contracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 48, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LotNumbers = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PlanNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    PurchaserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PurchaserBankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PurchaserAccount = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierBankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupplierAccount = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Ceiling = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PerformanceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PerformanceTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PerformancePlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LongerTermAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sme = table.Column<bool>(type: "INTEGER", nullable: false),
                    Financing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ItemsJson = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    InstalmentsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PurchaserConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PurchaserConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PurchaserDigest = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    SupplierConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupplierConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupplierDigest = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FiledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_MallOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "MallOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Organizations_PurchaserId",
                        column: x => x.PurchaserId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OrderId",
                table: "Contracts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProjectId_SupplierId",
                table: "Contracts",
                columns: new[] { "ProjectId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PurchaserId_CreatedUtc",
                table: "Contracts",
                columns: new[] { "PurchaserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RegionCode_Status",
                table: "Contracts",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SupplierId_Status",
                table: "Contracts",
                columns: new[] { "SupplierId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
