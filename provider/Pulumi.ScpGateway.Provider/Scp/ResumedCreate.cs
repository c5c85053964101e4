namespace Pulumi.ScpGateway.Provider.Scp;

/// <summary>
/// Marks the SCP calls of a create that an earlier, interrupted run of the same create may already
/// have made (its plugin died before the answer reached the engine). While marked, a create POST
/// that can look its object up (<c>findExisting</c>) looks first and adopts what it finds, as after
/// a POST with unknown outcome. The mark flows into what the marking async method awaits and ends
/// when that method returns.
/// </summary>
public static class ResumedCreate
{
    private static readonly AsyncLocal<bool> Marked = new();

    public static bool IsMarked => Marked.Value;

    /// <summary>Marks the rest of the calling async method; call it inside the method that runs the create.</summary>
    public static void Mark() => Marked.Value = true;
}
