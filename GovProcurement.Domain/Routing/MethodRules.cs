using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Routing;

/// <summary>Which statutory methods a project may use, and the law behind each answer.</summary>
internal static class MethodRules
{
    private static readonly Bilingual Law = new("《中华人民共和国政府采购法》", "Government Procurement Law");

    public static List<MethodOption> Options(Money total, ProcurementCategory category, ProcurementRule? tender, Bilingual? tenderSource)
    {
        if (tender is not null && total >= tender.Amount)
        {
            var mandatory = new RuleReason(new($"预算 {total} 达到公开招标数额标准 {tender.Amount}，应当公开招标。", $"The budget reaches the open-tender threshold {tender.Amount}: open tender is required."), tenderSource);
            var exception = new RuleReason(new("达到公开招标数额标准，采用其他方式须在采购活动开始前经设区的市级以上财政部门批准（政府采购法第二十七条）。",
                "Above the threshold, another method needs prior approval of the finance department (Law Art. 27)."), Cite("第二十七条", "Art. 27"));
            return
            [
                new(ProcurementMethod.OpenTender, true, mandatory),
                .. Enum.GetValues<ProcurementMethod>().Where(m => m != ProcurementMethod.OpenTender).Select(m => new MethodOption(m, false, exception)),
            ];
        }

        var below = tender is null
            ? new RuleReason(new("本地区未配置公开招标数额标准。", "No open-tender threshold is configured for this region."))
            : new RuleReason(new($"预算低于公开招标数额标准 {tender.Amount}，可按情形选择采购方式。", $"Below the open-tender threshold {tender.Amount}: choose by the circumstances."), tenderSource);
        return
        [
            new(ProcurementMethod.OpenTender, true, below),
            new(ProcurementMethod.InvitedTender, true, new(new("具有特殊性、只能从有限范围的供应商处采购，或公开招标费用占比过大（第二十九条）。", "Special goods with few suppliers, or open tender disproportionately costly (Art. 29)."), Cite("第二十九条", "Art. 29"))),
            new(ProcurementMethod.CompetitiveNegotiation, true, new(new("招标后无合格标、技术复杂或性质特殊、时间紧急、不能事先计算价格总额（第三十条）。", "Failed tender, complex, urgent, or price not computable (Art. 30)."), Cite("第三十条", "Art. 30"))),
            new(ProcurementMethod.CompetitiveConsultation, true, new(new("政府购买服务、技术复杂或性质特殊、科研项目等情形（财库〔2014〕214号第三条）。", "Services, complex work without clear specifications, research (Cai Ku [2014] 214, Art. 3)."), new("财库〔2014〕214号", "Cai Ku [2014] 214"))),
            new(ProcurementMethod.SingleSource, true, new(new("只能从唯一供应商处采购、不可预见的紧急情况、添购不超过原合同金额 10%（第三十一条）。", "Sole supplier, emergency, or add-on of at most 10% (Art. 31)."), Cite("第三十一条", "Art. 31"))),
            new(ProcurementMethod.RequestForQuotation, category == ProcurementCategory.Goods, category == ProcurementCategory.Goods
                ? new(new("货物规格、标准统一，现货货源充足且价格变化幅度小（第三十二条）。", "Standard goods, ample supply, stable price (Art. 32)."), Cite("第三十二条", "Art. 32"))
                : new(new("询价仅适用于规格、标准统一的货物（第三十二条）。", "Request for quotation is only for standard goods (Art. 32)."), Cite("第三十二条", "Art. 32"))),
        ];
    }

    private static Bilingual Cite(string articleZh, string articleEn) => new($"{Law.Zh}{articleZh}", $"{Law.En}, {articleEn}");
}
