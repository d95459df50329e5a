namespace GovProcurement.Domain.Onboarding;

/// <summary>The columns of the organisation import file, in order, with their Chinese headers.</summary>
public static class ImportColumns
{
    public const string SheetName = "机构";
    public const string Kind = "机构类型";
    public const string Name = "名称";
    public const string RegionCode = "区划编码";
    public const string BudgetCode = "预算编码";
    public const string FinanceCode = "财政编码";
    public const string CompetentBudgetCode = "主管单位预算编码";
    public const string CreditCode = "统一社会信用代码";
    public const string LegacyAccountName = "原系统账号";
    public const string Centralized = "集中采购机构";
    public const string Scale = "企业规模";
    public const string File = "文件";

    public static IReadOnlyList<string> Ordered { get; } =
        [Kind, Name, RegionCode, BudgetCode, FinanceCode, CompetentBudgetCode, CreditCode, LegacyAccountName, Centralized, Scale];

    /// <summary>What each column takes, shown in the template's instructions sheet.</summary>
    public static IReadOnlyDictionary<string, string> Help { get; } = new Dictionary<string, string>
    {
        [Kind] = "必填：预算单位、代理机构、供应商、财政部门之一",
        [Name] = "必填：单位全称，不超过 200 字",
        [RegionCode] = "必填：6 位行政区划编码，如 440784（鹤山市）；深圳市单位不在本平台",
        [BudgetCode] = "预算单位必填：本单位预算编码，字母或数字",
        [FinanceCode] = "按地区账号规则需要时必填（汕头、韶关、阳江、江门、云浮及惠州市下辖县区）",
        [CompetentBudgetCode] = "下属单位填写其主管预算单位的预算编码；主管单位可在同一文件中",
        [CreditCode] = "代理机构、供应商必填：18 位统一社会信用代码（校验位将被核对）",
        [LegacyAccountName] = "选填：原政府采购系统账号，按规则保留原账号名",
        [Centralized] = "代理机构填写：是（集中采购机构）或 否（社会代理机构）",
        [Scale] = "供应商填写：大型、中型、小型、微型",
    };
}
