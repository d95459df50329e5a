using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// The template a contract of one kind is written on: its title, the label of the term only that kind has
/// (the goods' warranty and after-sales service, the works' quality guarantee, the services' standard and
/// assessment), the wording that term takes when the purchaser writes nothing of its own, and the standing
/// clauses of the kind. The clauses are part of the confirmed text, so they change only for new contracts:
/// a template edit is a new kind of template, never a change to one a party has confirmed.
/// </summary>
public sealed record ContractTemplate(ProcurementCategory Kind, Bilingual Title, Bilingual TermLabel, string DefaultTermZh, IReadOnlyList<string> ClausesZh, string Citation)
{
    public const int TermMaxLength = 1_000;

    /// <summary>The kind's term as the text states it: the purchaser's words, or the template's when it wrote none.</summary>
    public string Term(string? written) => string.IsNullOrWhiteSpace(written) ? DefaultTermZh : written.Trim();

    /// <summary>The standing clauses as the text and the PDF number them.</summary>
    public IEnumerable<string> NumberedClauses => ClausesZh.Select((clause, i) => $"通用条款{i + 1}：{clause}");
}

/// <summary>The three templates, by the procurement's category (货物、工程、服务).</summary>
public static class ContractTemplates
{
    /// <summary>
    /// The law has the finance department set the terms every procurement contract must hold (政府采购法第四十五条);
    /// the clauses here follow the Ministry's model contract texts, whose current edition is 待核实.
    /// </summary>
    public const string Citation = "政府采购法第四十五条；财政部政府采购合同示范文本（版本待核实）";

    private const string AsAgreed = "按采购文件及中标（成交）供应商投标（响应）文件的约定执行。";

    public static readonly ContractTemplate Goods = new(ProcurementCategory.Goods, new("政府采购货物合同", "Goods contract"),
        new("质量保证期及售后服务", "Warranty and after-sales service"), AsAgreed,
        [
            "乙方交付的货物应为全新、未使用的合格产品，并随附合格证明、使用说明及质量保证文件。",
            "货物的所有权和毁损、灭失的风险自甲方验收合格之日起转移给甲方。",
        ], Citation);

    public static readonly ContractTemplate Works = new(ProcurementCategory.Works, new("政府采购工程合同", "Works contract"),
        new("工程质量保修", "Quality guarantee of the works"), AsAgreed,
        [
            "乙方按国家和广东省工程建设强制性标准施工，对工程质量和施工安全负责。",
            "工程竣工验收合格后，乙方在保修期内承担保修责任。",
        ], Citation);

    public static readonly ContractTemplate Services = new(ProcurementCategory.Services, new("政府采购服务合同", "Services contract"),
        new("服务标准及考核要求", "Service standard and assessment"), AsAgreed,
        [
            "乙方按合同约定的服务内容、标准和人员配置提供服务，甲方按约定的考核要求进行考核。",
            "乙方对服务中知悉的甲方工作秘密和个人信息负有保密义务。",
        ], Citation);

    public static ContractTemplate For(ProcurementCategory kind) => kind switch
    {
        ProcurementCategory.Works => Works,
        ProcurementCategory.Services => Services,
        _ => Goods,
    };
}
