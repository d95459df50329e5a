using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Rules;

/// <summary>What a rule row sets.</summary>
public enum RuleKind
{
    /// <summary>采购限额标准: below it, a purchase outside the centralized catalogue is not government procurement.</summary>
    DecentralizedThreshold = 1,

    /// <summary>公开招标数额标准: at or above it, open tender is mandatory.</summary>
    PublicTenderThreshold = 2,

    /// <summary>At or above it, catalogue items must be entrusted to the centralized procurement agency.</summary>
    CentralizedEntrustmentLine = 3,

    /// <summary>Below it, the listed items are bought directly from the framework winners (e.g. masks).</summary>
    FrameworkDirectPurchaseLine = 4,

    /// <summary>Up to it, a purchase is in principle reserved entirely for SMEs.</summary>
    SmeFullReservationLine = 5,

    /// <summary>The share of a larger purchase reserved for SMEs, in basis points.</summary>
    SmeReservedShare = 6,

    /// <summary>Days an intention must be public before the procurement starts.</summary>
    IntentionLeadDays = 7,
}

/// <summary>The unit of a rule's value.</summary>
public enum RuleUnit
{
    Fen = 1,
    BasisPoints = 2,
    Days = 3,
}

/// <summary>
/// One number of the province's procurement rules, as data: its value, the category or catalogue
/// items it is limited to, the jurisdiction (a region and the regions below it), the dates it is in
/// force and the document that sets it. A change is a new row; rows in force are not edited.
/// </summary>
public sealed class ProcurementRule : DatedRule
{
    public const int CitationMaxLength = 400;
    public const int CatalogueCodesMaxLength = 400;

    private ProcurementRule()
    {
        RegionCode = Citation = "";
    }

    public ProcurementRule(
        RuleKind kind,
        long value,
        RuleUnit unit,
        string regionCode,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        string citation,
        ProcurementCategory? category = null,
        IReadOnlyList<string>? catalogueCodes = null)
    {
        if (effectiveTo <= effectiveFrom)
        {
            throw new DomainException("规则的终止日期必须晚于生效日期。", "A rule must end after it starts.");
        }

        Id = Guid.NewGuid();
        Kind = kind;
        Value = value;
        Unit = unit;
        RegionCode = regionCode;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Citation = citation;
        Category = category;
        CatalogueCodes = catalogueCodes is { Count: > 0 } ? string.Join(';', catalogueCodes) : null;
    }

    public Guid Id { get; private set; }

    public RuleKind Kind { get; private set; }

    public long Value { get; private set; }

    public RuleUnit Unit { get; private set; }

    /// <summary>The jurisdiction: this region and every region below it.</summary>
    public string RegionCode { get; private set; }

    public string Citation { get; private set; }

    /// <summary>Null for every category.</summary>
    public ProcurementCategory? Category { get; private set; }

    /// <summary>Semicolon-separated catalogue codes the rule is limited to; null for all items.</summary>
    public string? CatalogueCodes { get; private set; }

    public Money Amount => Unit == RuleUnit.Fen ? new Money(Value) : throw new InvalidOperationException($"{Kind} is not an amount.");

    public IReadOnlyList<string> CatalogueCodeList => CatalogueCodes?.Split(';') ?? [];

    /// <summary>"江财采购〔2020〕32号（江门市，2021-01-01 起）": where a decision's number comes from.</summary>
    public Bilingual Source(string regionName, string regionNameEn) => new(
        $"{Citation}（{regionName}，{EffectiveFrom:yyyy-MM-dd} 起）",
        $"{Citation} ({regionNameEn}, from {EffectiveFrom:yyyy-MM-dd})");
}
