using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReverseAuctionsAndFrameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FrameworkAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermCitation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InForceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkAgreements_Organizations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReverseAuctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 48, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ceiling = table.Column<long>(type: "INTEGER", nullable: false),
                    Step = table.Column<long>(type: "INTEGER", nullable: false),
                    OpensUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledClosesUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MinimumBidders = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumBiddersCitation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ExtensionTriggerMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MaximumExtensions = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionCitation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LowestPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    LowestBidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BidCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BidderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WinningBidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResultNotedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReverseAuctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReverseAuctions_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReverseAuctions_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReverseAuctions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkCallOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 48, nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgreementTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogueCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinimumQuotes = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumQuotesCitation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UnitPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResultNotedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuoteCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkCallOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffs_FrameworkAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "FrameworkAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffs_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffs_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffs_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogueCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkItems_FrameworkAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "FrameworkAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkPrices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemLineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkPrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkPrices_FrameworkAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "FrameworkAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkSuppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RotationOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    AdmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkSuppliers_FrameworkAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "FrameworkAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkSuppliers_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuctionBids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuctionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionBids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionBids_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionBids_ReverseAuctions_AuctionId",
                        column: x => x.AuctionId,
                        principalTable: "ReverseAuctions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuctionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogueCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AuctionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionItems_ReverseAuctions_AuctionId",
                        column: x => x.AuctionId,
                        principalTable: "ReverseAuctions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkCallOffQuotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallOffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    InvalidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkCallOffQuotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffQuotes_FrameworkCallOffs_CallOffId",
                        column: x => x.CallOffId,
                        principalTable: "FrameworkCallOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkCallOffQuotes_Organizations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkRotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Turns = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkRotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkRotations_FrameworkAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "FrameworkAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkRotations_FrameworkItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "FrameworkItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionBids_AuctionId_Sequence",
                table: "AuctionBids",
                columns: new[] { "AuctionId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionBids_SupplierId",
                table: "AuctionBids",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionItems_AuctionId",
                table: "AuctionItems",
                column: "AuctionId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkAgreements_Number",
                table: "FrameworkAgreements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkAgreements_OwnerId_RecordedUtc",
                table: "FrameworkAgreements",
                columns: new[] { "OwnerId", "RecordedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkAgreements_Status_EndsOn",
                table: "FrameworkAgreements",
                columns: new[] { "Status", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffQuotes_CallOffId_SupplierId",
                table: "FrameworkCallOffQuotes",
                columns: new[] { "CallOffId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffQuotes_SupplierId",
                table: "FrameworkCallOffQuotes",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_AgreementId",
                table: "FrameworkCallOffs",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_Number",
                table: "FrameworkCallOffs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_PlanId_CreatedUtc",
                table: "FrameworkCallOffs",
                columns: new[] { "PlanId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_PlanItemId",
                table: "FrameworkCallOffs",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_Status_ClosesUtc",
                table: "FrameworkCallOffs",
                columns: new[] { "Status", "ClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkCallOffs_UnitId",
                table: "FrameworkCallOffs",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkItems_AgreementId_LineNumber",
                table: "FrameworkItems",
                columns: new[] { "AgreementId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkItems_CatalogueCode",
                table: "FrameworkItems",
                column: "CatalogueCode");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkPrices_AgreementId_SupplierId_ItemLineNumber",
                table: "FrameworkPrices",
                columns: new[] { "AgreementId", "SupplierId", "ItemLineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkRotations_AgreementId",
                table: "FrameworkRotations",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkRotations_ItemId",
                table: "FrameworkRotations",
                column: "ItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkSuppliers_AgreementId_SupplierId",
                table: "FrameworkSuppliers",
                columns: new[] { "AgreementId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkSuppliers_SupplierId",
                table: "FrameworkSuppliers",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_Number",
                table: "ReverseAuctions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_PlanId",
                table: "ReverseAuctions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_PlanItemId",
                table: "ReverseAuctions",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_Status_ClosesUtc",
                table: "ReverseAuctions",
                columns: new[] { "Status", "ClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_Status_OpensUtc",
                table: "ReverseAuctions",
                columns: new[] { "Status", "OpensUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReverseAuctions_UnitId_PostedUtc",
                table: "ReverseAuctions",
                columns: new[] { "UnitId", "PostedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuctionBids");

            migrationBuilder.DropTable(
                name: "AuctionItems");

            migrationBuilder.DropTable(
                name: "FrameworkCallOffQuotes");

            migrationBuilder.DropTable(
                name: "FrameworkPrices");

            migrationBuilder.DropTable(
                name: "FrameworkRotations");

            migrationBuilder.DropTable(
                name: "FrameworkSuppliers");

            migrationBuilder.DropTable(
                name: "ReverseAuctions");

            migrationBuilder.DropTable(
                name: "FrameworkCallOffs");

            migrationBuilder.DropTable(
                name: "FrameworkItems");

            migrationBuilder.DropTable(
                name: "FrameworkAgreements");
        }
    }
}
