namespace GovProcurement.Domain.Complaints;

/// <summary>The project facts an inquiry, challenge or complaint keeps from its filing: whom it is about, who answers, and where it is supervised.</summary>
public sealed record ChallengeParties(Guid ProjectId, string ProjectNumber, string ProjectTitle, int Round, string RegionCode, Guid PurchaserId, Guid AgencyId,
    Guid SupplierId, string SupplierName);
