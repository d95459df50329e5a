using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.SupplierLibrary;
using MudBlazor;

namespace GovProcurement.Portal.Components.Shared;

/// <summary>How a status reads on a <see cref="StatusChip{TStatus}"/>: its label's resource key, its colour, and its test id.</summary>
public sealed record StatusLook(string LabelKey, Color Color, string TestId)
{
    /// <summary>MudBlazor's classes of a small filled chip of the status's colour.</summary>
    public string ChipClass => MudMarkup.ChipClass(Variant.Filled, Color);

    /// <summary>The statuses a chip can show: each kind's label prefix in the resources and its test id.</summary>
    private static readonly Dictionary<Type, (string LabelPrefix, string TestId)> Kinds = new()
    {
        [typeof(PlanStatus)] = ("PlanStatus", "plan-status"),
        [typeof(ProjectStatus)] = ("ProjectStatus", "project-status"),
        [typeof(SupplierApplicationStatus)] = ("SupplierLibrary.State", "application-status"),
        [typeof(ListingStatus)] = ("ListingStatus", "listing-status"),
        [typeof(Domain.Complaints.ChallengeStatus)] = ("ChallengeStatus", "challenge-status"),
        [typeof(Domain.Complaints.ComplaintStatus)] = ("ComplaintStatus", "complaint-status"),
    };

    /// <summary>
    /// The colour of each status that is not plain: done is green, waiting for someone is blue, sent back or
    /// in trouble is amber. Every other status (drafts, closed ones) is the default grey.
    /// </summary>
    private static readonly Dictionary<Enum, Color> Colours = new()
    {
        [Domain.Complaints.ChallengeStatus.Filed] = Color.Info,
        [Domain.Complaints.ChallengeStatus.Answered] = Color.Success,
        [Domain.Complaints.ComplaintStatus.Filed] = Color.Info,
        [Domain.Complaints.ComplaintStatus.Accepted] = Color.Info,
        [Domain.Complaints.ComplaintStatus.Paused] = Color.Warning,
        [Domain.Complaints.ComplaintStatus.Decided] = Color.Success,
        [PlanStatus.PendingReview] = Color.Info,
        [PlanStatus.PendingFiling] = Color.Info,
        [PlanStatus.Returned] = Color.Warning,
        [PlanStatus.Filed] = Color.Success,
        [ProjectStatus.Active] = Color.Info,
        [ProjectStatus.Opened] = Color.Info,
        [ProjectStatus.Evaluated] = Color.Info,
        [ProjectStatus.MethodChangeRequested] = Color.Warning,
        [ProjectStatus.Unsuccessful] = Color.Warning,
        [ProjectStatus.Awarded] = Color.Success,
        [SupplierApplicationStatus.Submitted] = Color.Info,
        [SupplierApplicationStatus.Resubmitted] = Color.Info,
        [SupplierApplicationStatus.Returned] = Color.Warning,
        [SupplierApplicationStatus.Approved] = Color.Success,
        [ListingStatus.InReview] = Color.Info,
        [ListingStatus.Returned] = Color.Warning,
        [ListingStatus.Changed] = Color.Warning,
        [ListingStatus.Listed] = Color.Success,
    };

    /// <summary>The kinds of status a chip knows.</summary>
    public static IReadOnlyCollection<Type> KnownKinds => Kinds.Keys;

    public static StatusLook Of<TStatus>(TStatus status)
        where TStatus : struct, Enum
    {
        if (!Kinds.TryGetValue(typeof(TStatus), out var kind))
        {
            throw new ArgumentException($"{typeof(TStatus).Name} has no look on a status chip: add it to {nameof(StatusLook)}.", nameof(status));
        }

        return new($"{kind.LabelPrefix}.{status}", Colours.GetValueOrDefault(status, Color.Default), kind.TestId);
    }
}
