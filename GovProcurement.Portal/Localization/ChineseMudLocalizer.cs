using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovProcurement.Portal.Localization;

/// <summary>
/// Chinese texts for the MudBlazor components the portal uses (pager, menus); English is
/// MudBlazor's own.
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
    };

    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && Chinese.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : base[key];
}
