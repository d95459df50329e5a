using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>One line of the procurement intention register (采购意向公开登记表).</summary>
public sealed record IntentionRegisterRow(
    string UnitName,
    string RegionName,
    string Title,
    string Summary,
    Money Budget,
    DateOnly ExpectedMonth,
    bool ReservedForSme,
    string Status,
    DateTime? PublishedUtc);

/// <summary>The procurement intention register (采购意向公开登记表) in the shared report layout of <see cref="ReportWorkbook"/>.</summary>
public static class IntentionRegister
{
    public const string Title = "采购意向公开登记表";

    internal static readonly ExportColumn<IntentionRegisterRow>[] Columns =
    [
        ExportColumn<IntentionRegisterRow>.Text("采购单位", row => row.UnitName),
        ExportColumn<IntentionRegisterRow>.Text("所属地区", row => row.RegionName),
        ExportColumn<IntentionRegisterRow>.Text("采购项目名称", row => row.Title),
        ExportColumn<IntentionRegisterRow>.Text("采购需求概况", row => row.Summary),
        ExportColumn<IntentionRegisterRow>.Money("预算金额（元）", row => row.Budget, total: true),
        ExportColumn<IntentionRegisterRow>.Month("预计采购时间", row => row.ExpectedMonth),
        ExportColumn<IntentionRegisterRow>.Text("是否专门面向中小企业", row => row.ReservedForSme ? "是" : "否"),
        ExportColumn<IntentionRegisterRow>.Text("状态", row => row.Status),
        ExportColumn<IntentionRegisterRow>.DateTime("公开时间", row => row.PublishedUtc),
    ];

    public static byte[] Build(IReadOnlyList<IntentionRegisterRow> rows, string filters, DateTime generatedUtc) =>
        ReportWorkbook.Build(Title, Columns, rows, filters, generatedUtc);
}
