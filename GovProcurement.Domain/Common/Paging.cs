namespace GovProcurement.Domain.Common;

/// <summary>One page of a server-side list, with the total the filter matched.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
