using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContractsPaymentsBonds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddOnReason",
                table: "Contracts",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "Contracts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentNumber",
                table: "Contracts",
                type: "varchar(48)",
                unicode: false,
                maxLength: 48,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BidBondRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotNumber = table.Column<int>(type: "int", nullable: false),
                    Budget = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    StatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidBondRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidBondRequirements_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Instalment = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractPayments_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bonds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "varchar(48)", unicode: false, maxLength: 48, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LotNumber = table.Column<int>(type: "int", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RegionCode = table.Column<string>(type: "varchar(6)", unicode: false, maxLength: 6, nullable: false),
                    PurchaserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Basis = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RequiredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequiredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Form = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    PaidAmount = table.Column<long>(type: "bigint", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PaidBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PaidUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReceivedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RefundedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RefundedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RefundReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bonds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bonds_BidBondRequirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "BidBondRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bonds_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bonds_Organizations_PurchaserId",
                        column: x => x.PurchaserId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bonds_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bonds_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ParentId",
                table: "Contracts",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_BidBondRequirements_ProjectId_LotNumber",
                table: "BidBondRequirements",
                columns: new[] { "ProjectId", "LotNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_AgencyId_Status",
                table: "Bonds",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_ContractId",
                table: "Bonds",
                column: "ContractId",
                unique: true,
                filter: "[ContractId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_Number",
                table: "Bonds",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_ProjectId_SupplierId",
                table: "Bonds",
                columns: new[] { "ProjectId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_PurchaserId_Status",
                table: "Bonds",
                columns: new[] { "PurchaserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_RegionCode_Status",
                table: "Bonds",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_RequirementId_SupplierId",
                table: "Bonds",
                columns: new[] { "RequirementId", "SupplierId" },
                unique: true,
                filter: "[RequirementId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bonds_SupplierId",
                table: "Bonds",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractPayments_ContractId_PaidOn",
                table: "ContractPayments",
                columns: new[] { "ContractId", "PaidOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_Contracts_ParentId",
                table: "Contracts",
                column: "ParentId",
                principalTable: "Contracts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_Contracts_ParentId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "Bonds");

            migrationBuilder.DropTable(
                name: "ContractPayments");

            migrationBuilder.DropTable(
                name: "BidBondRequirements");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ParentId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "AddOnReason",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "ParentNumber",
                table: "Contracts");
        }
    }
}
