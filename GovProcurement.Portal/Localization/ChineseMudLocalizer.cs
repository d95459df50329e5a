using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovProcurement.Portal.Localization;

/// <summary>
/// Chinese texts for the MudBlazor components the portal uses (pager, menus, and the accessible
/// names of their icon buttons, which a screen reader reads out); English is MudBlazor's own.
/// </summary>
public sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["MudDataGridPager_RowsPerPage"] = "每页行数：",
        ["MudDataGridPager_InfoFormat"] = "第 {0}-{1} 条，共 {2} 条",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudDataGrid_Loading"] = "加载中…",
        ["MudDataGrid_NoRecords"] = "没有记录",
        ["MudBaseDatePicker_Open"] = "打开日期选择",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudBaseDatePicker_NextYear"] = "下一年",
        ["MudDateRangePicker_Start"] = "开始日期",
        ["MudDateRangePicker_End"] = "结束日期",
        ["MudTimePicker_Open"] = "打开时间选择",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudFormComponent_Required"] = "必填",
        ["MudSelect_SelectAll"] = "全选",
        ["MudDialog_Close"] = "关闭",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
        ["MudSnackbar_Close"] = "关闭",
        ["MudFileUpload_Button"] = "选择文件",
        ["MudBreadcrumbs_Label"] = "当前位置",
        ["MudPagination_FirstPage"] = "首页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_LastPage"] = "末页",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
    };

    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && Chinese.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : base[key];
}
