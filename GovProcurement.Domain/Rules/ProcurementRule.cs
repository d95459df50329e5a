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

    /// <summary>Working days a tender (or prequalification) announcement stays public.</summary>
    TenderAnnouncementWorkingDays = 8,

    /// <summary>Working days tender documents are available at least.</summary>
    TenderDocumentsWorkingDays = 9,

    /// <summary>Calendar days from the first issue of the tender documents to the bid deadline, at least.</summary>
    TenderMinDaysToDeadline = 10,

    /// <summary>Calendar days a substantive clarification must precede the tender bid deadline.</summary>
    TenderClarificationLeadDays = 11,

    /// <summary>Calendar days from the consultation documents to the first response deadline, at least.</summary>
    ConsultationMinDaysToDeadline = 12,

    /// <summary>Calendar days a clarification must precede the consultation response deadline.</summary>
    ConsultationClarificationLeadDays = 13,

    /// <summary>Working days from the negotiation or quotation documents to the response deadline, at least.</summary>
    NegotiationMinWorkingDaysToDeadline = 14,

    /// <summary>Working days a clarification must precede the negotiation or quotation deadline.</summary>
    NegotiationClarificationLeadWorkingDays = 15,

    /// <summary>Working days a negotiation, consultation or quotation announcement stays public.</summary>
    NonTenderAnnouncementWorkingDays = 16,

    /// <summary>Working days the single-source notice is public before the award, above the public-tender threshold.</summary>
    SingleSourceNoticeWorkingDays = 17,

    /// <summary>Working days after the evaluation within which the report reaches the purchaser.</summary>
    EvaluationReportWorkingDays = 18,

    /// <summary>Working days the purchaser has to confirm the winner after receiving the report.</summary>
    PurchaserDecisionWorkingDays = 19,

    /// <summary>Working days after the decision within which the result is announced.</summary>
    ResultPublicationWorkingDays = 20,

    /// <summary>Working days the result announcement stays public.</summary>
    ResultAnnouncementWorkingDays = 21,

    /// <summary>Members of a tender evaluation committee, at least.</summary>
    TenderPanelMinimum = 22,

    /// <summary>From this budget a tender committee needs the larger panel.</summary>
    LargePanelBudgetLine = 23,

    /// <summary>Members of a tender committee for large or complex projects, at least.</summary>
    LargePanelMinimum = 24,

    /// <summary>Members of a negotiation, consultation or quotation panel, at least.</summary>
    OtherPanelMinimum = 25,

    /// <summary>Responsive suppliers needed for the procurement to proceed.</summary>
    MinimumBidders = 26,

    /// <summary>The smallest price deduction for small and micro enterprises, in basis points.</summary>
    SmePriceDeductionMinimum = 27,

    /// <summary>The largest price deduction for small and micro enterprises, in basis points.</summary>
    SmePriceDeductionMaximum = 28,

    /// <summary>The smallest weight of the price score in comprehensive scoring, in basis points.</summary>
    PriceWeightMinimum = 29,

    /// <summary>Responsive suppliers a competitive consultation for services needs (fewer than the general minimum).</summary>
    ConsultationServicesMinimumBidders = 30,

    /// <summary>Members of a negotiation or quotation panel when the purchase reaches the open-tender threshold, at least.</summary>
    NonTenderLargePanelMinimum = 31,

    /// <summary>The largest weight of the price score in a competitive consultation, in basis points.</summary>
    ConsultationPriceWeightMaximum = 32,

    /// <summary>The shortest debarment from government procurement, in years.</summary>
    DebarmentMinimumYears = 33,

    /// <summary>The longest debarment from government procurement, in years.</summary>
    DebarmentMaximumYears = 34,

    /// <summary>How many years back a newly recorded debarment may start, at most.</summary>
    DebarmentLatestStartYearsAgo = 35,

    /// <summary>E-mall price monitoring: how far a listing's price may deviate from its benchmark before it is flagged, in basis points.</summary>
    ListingPriceDeviationLimit = 101,

    /// <summary>E-mall price monitoring: a catalogue item's reference price (limited to catalogue items).</summary>
    ListingReferencePrice = 102,

    // The e-mall's rules are numbered from 101, one block of ten per area: listings 101, online bidding 111, direct purchase and orders 141.

    /// <summary>网上竞价: valid quotes needed at the close, or the bidding fails.</summary>
    BiddingMinimumQuotes = 111,

    /// <summary>网上竞价: hours the winner has to confirm the order before the next ranked supplier is offered it.</summary>
    BiddingConfirmationHours = 112,

    /// <summary>网上竞价: hours the quote window stays open at least.</summary>
    BiddingMinimumWindowHours = 113,

    // Reverse auctions (电子反拍): 121.

    /// <summary>电子反拍: distinct bidders needed at the close, or the auction fails.</summary>
    AuctionMinimumBidders = 121,

    /// <summary>电子反拍: a bid this many minutes or fewer before the end extends it.</summary>
    AuctionExtensionTriggerMinutes = 122,

    /// <summary>电子反拍: minutes one extension adds to the end.</summary>
    AuctionExtensionMinutes = 123,

    /// <summary>电子反拍: how many times the end may be extended at most.</summary>
    AuctionMaximumExtensions = 124,

    /// <summary>电子反拍: the smallest step (报价幅度) a purchaser may set, in basis points of the ceiling.</summary>
    AuctionMinimumStepBasisPoints = 125,

    /// <summary>电子反拍: hours between posting and the start, at least, so suppliers can prepare.</summary>
    AuctionMinimumLeadHours = 126,

    /// <summary>电子反拍: minutes the auction lasts at least before any extension.</summary>
    AuctionMinimumDurationMinutes = 127,

    // Direct purchase and the order record: 141.

    /// <summary>网上直购: hours the supplier has to confirm (or decline) a placed order before it lapses.</summary>
    DirectOrderConfirmationHours = 141,

    // Framework agreements (框架协议采购): 151.

    /// <summary>框架协议: the longest term of an agreement, in years, per category (goods, services).</summary>
    FrameworkMaximumTermYears = 151,

    /// <summary>框架协议: the fewest suppliers a closed agreement is put in force with.</summary>
    FrameworkClosedMinimumSuppliers = 152,

    /// <summary>框架协议二次竞价: valid quotes needed at the close, or the call-off fails.</summary>
    FrameworkSecondCompetitionMinimumQuotes = 153,

    /// <summary>框架协议二次竞价: hours the quote window stays open at least.</summary>
    FrameworkSecondCompetitionMinimumWindowHours = 154,

    // Contracts, acceptance and payment: 201–219.

    /// <summary>Days after the award notice within which the contract is signed (政府采购法第四十六条).</summary>
    ContractSigningDays = 201,

    /// <summary>Working days after signing within which the contract is announced (实施条例第五十条).</summary>
    ContractPublicationWorkingDays = 202,

    /// <summary>Working days after signing within which the contract is filed (备案) with the finance department (政府采购法第四十七条).</summary>
    ContractFilingWorkingDays = 203,

    /// <summary>Add-on contracts (补充合同) together at most this share of the original amount (政府采购法第四十九条).</summary>
    ContractAddOnShare = 204,

    /// <summary>Days from delivery or acceptance within which an SME is paid (保障中小企业款项支付条例).</summary>
    ContractPaymentTermDays = 205,

    /// <summary>The longest payment term the parties may agree (保障中小企业款项支付条例).</summary>
    ContractAgreedPaymentTermDays = 206,

    // Performance and acceptance (履约验收, 财库〔2016〕205号): 210–214.

    /// <summary>The fewest members of an acceptance group (验收小组, 财库〔2016〕205号, 待核实).</summary>
    AcceptanceMinimumMembers = 210,

    /// <summary>The fewest service recipients in the group of a public-service project's acceptance (财库〔2016〕205号, 待核实).</summary>
    AcceptanceServiceRecipientMembers = 211,

    // Payments (合同支付): 215–219.

    /// <summary>Late-payment interest a day, in basis points of the overdue amount, where the contract names none (保障中小企业款项支付条例).</summary>
    LatePaymentInterestDaily = 215,

    /// <summary>Days before an instalment falls due from which the purchaser's to-do list shows it (a platform reminder, not a statutory period).</summary>
    PaymentReminderDays = 216,
    // Bid and performance bonds (保证金): 220–229.

    /// <summary>A bid bond (投标保证金) at most this share of the project's or lot's budget (实施条例第三十三条).</summary>
    BidBondMaxShare = 220,

    /// <summary>A performance bond (履约保证金) at most this share of the contract amount (实施条例第四十八条).</summary>
    PerformanceBondMaxShare = 221,

    /// <summary>Working days after the award notice within which unsuccessful suppliers' bid bonds are refunded (实施条例第三十三条).</summary>
    BidBondLoserRefundWorkingDays = 222,

    /// <summary>Working days after the contract's signing within which the winner's bid bond is refunded (实施条例第三十三条).</summary>
    BidBondWinnerRefundWorkingDays = 223,

    /// <summary>Working days after the end of the performance period within which the performance bond is refunded (待核实).</summary>
    PerformanceBondRefundWorkingDays = 224,

    // Inquiries, challenges and complaints (询问、质疑、投诉, 财政部令第94号): 231–249.

    /// <summary>Working days within which an inquiry (询问) is answered (实施条例第五十二条).</summary>
    InquiryAnswerWorkingDays = 231,

    /// <summary>Working days from knowing (the start the rule names per kind) within which a challenge (质疑) is filed (94号令第十、十一条).</summary>
    ChallengeFilingWorkingDays = 232,

    /// <summary>Working days from receipt within which the purchaser or agency answers a challenge in writing (94号令第十三条).</summary>
    ChallengeAnswerWorkingDays = 233,

    /// <summary>Working days after the answer period ends within which a complaint (投诉) is filed (94号令第十七条).</summary>
    ComplaintFilingWorkingDays = 234,

    /// <summary>Working days from receipt within which the finance department checks a complaint (94号令第二十一条).</summary>
    ComplaintCheckWorkingDays = 235,

    /// <summary>Working days from acceptance within which the complaint is sent to the respondent (94号令第二十一条, 待核实).</summary>
    ComplaintCopyWorkingDays = 236,

    /// <summary>Working days from receipt within which the complaint is decided, paused time excluded (94号令第二十六条).</summary>
    ComplaintDecisionWorkingDays = 237,

    /// <summary>Days the procurement may be suspended during a complaint, at most (政府采购法第五十七条).</summary>
    ProcurementSuspensionMaxDays = 238,
}

/// <summary>The unit of a rule's value.</summary>
public enum RuleUnit
{
    Fen = 1,
    BasisPoints = 2,
    Days = 3,
    WorkingDays = 4,
    Count = 5,
    Years = 6,
    Hours = 7,
    Minutes = 8,
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
