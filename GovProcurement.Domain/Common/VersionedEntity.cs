namespace GovProcurement.Domain.Common;

/// <summary>
/// An editable aggregate guarded by optimistic concurrency: the store raises
/// <see cref="Version"/> on every update and refuses a write based on a stale version.
/// </summary>
public abstract class VersionedEntity
{
    public long Version { get; internal set; }
}
