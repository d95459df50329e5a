namespace GovProcurement.Domain.Worklist;

/// <summary>What waits for someone: the step they take, in the order a home lists them.</summary>
public enum WorkKind
{
    ReviewPlan = 1,
    RevisePlan = 2,
    FilePlan = 3,
    PublishIntention = 4,
    AcceptEntrustment = 5,
    AnswerQuestions = 6,
    OpenBids = 7,
    DrawPanel = 8,
    FinishEvaluation = 9,
    ConfirmWinners = 10,
    PublishResult = 11,
    PublishContract = 12,
    DecideMethodChange = 13,
    SubmitBid = 14,
    ReviewSupplierApplication = 15,
    ReviewListing = 40,

    // The e-mall's items are numbered from 101.

    /// <summary>网上竞价: the supplier offered the win confirms (or declines) it.</summary>
    ConfirmBiddingWin = 101,

    /// <summary>网上竞价: the platform decided at the close; the purchaser reads the result.</summary>
    ReadBiddingResult = 102,

    /// <summary>网上直购: the supplier confirms or declines a placed order within its period.</summary>
    ConfirmDirectOrder = 103,

    /// <summary>The order: the supplier records delivery of a confirmed order.</summary>
    DeliverOrder = 104,

    /// <summary>The order: the purchaser records receipt (收货) of a delivered order.</summary>
    ReceiveOrder = 105,

    /// <summary>电子反拍: the platform closed the auction; the purchaser reads the result.</summary>
    ReadAuctionResult = 110,

    /// <summary>电子反拍: an auction the supplier may join is open for bids.</summary>
    JoinAuction = 111,

    // Framework agreements (框架协议采购): 120.

    /// <summary>框架协议二次竞价: an admitted supplier quotes before the close.</summary>
    QuoteSecondCompetition = 120,

    /// <summary>框架协议二次竞价: the platform decided at the close; the purchaser reads the result.</summary>
    ReadCallOffResult = 121,

    /// <summary>The contract: the supplier confirms the text the purchaser sent.</summary>
    ConfirmContract = 200,

    /// <summary>The contract: the region's finance department files (备案) or returns an announced contract.</summary>
    FileContract = 201,

    // Performance and acceptance (履约验收): 210–219.

    /// <summary>The purchaser's operator records the deliveries of a signed contract and marks delivery complete.</summary>
    RecordDelivery = 210,

    /// <summary>The purchaser's operator plans the acceptance of a delivered contract and records its result.</summary>
    RunAcceptance = 211,

    /// <summary>Either party confirms the acceptance record (验收书).</summary>
    ConfirmAcceptance = 212,

    // Payments (合同支付): 220–224.

    /// <summary>合同支付: an instalment falls due within the reminder days; the purchaser's operator pays and records it.</summary>
    PayInstalmentDueSoon = 220,

    /// <summary>合同支付: an instalment is past its due date and unpaid; the purchaser's operator pays and records it.</summary>
    PayOverdueInstalment = 221,
    // Bonds (保证金): 225–229.

    /// <summary>保证金: the purchaser or agency confirms receiving a bond the supplier recorded as paid.</summary>
    ConfirmBondReceipt = 225,

    /// <summary>保证金: the purchaser or agency refunds a bond whose refund period runs.</summary>
    RefundBond = 226,

    // Inquiries, challenges and complaints: 240–249.

    /// <summary>询问: the purchaser or agency answers within its period.</summary>
    AnswerInquiry = 240,

    /// <summary>质疑: the purchaser or agency answers in writing within its period.</summary>
    AnswerChallenge = 241,

    /// <summary>投诉: the region's finance department checks a received complaint.</summary>
    CheckComplaint = 242,

    /// <summary>投诉: the region's finance department decides an accepted complaint.</summary>
    DecideComplaint = 243,
}

/// <summary>
/// One thing waiting for the actor: the step, the plan, intention or project it is on (its title and
/// the page that offers the step), since when it has waited, and, where a time limit runs in working
/// days (the bureau's filing), how many working days it has waited.
/// </summary>
public sealed record WorkItem(WorkKind Kind, string Title, string Href, DateTime SinceUtc, int? WorkingDaysWaited = null);
