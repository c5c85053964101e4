using Pulumi.ScpGateway.Provider.Scp;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// RESOURCES.md: a 404 on Read means the resource is gone and a 404 on Delete is success.
/// </summary>
public static class NotFoundMeansGone
{
    /// <summary>The object SCP answers, or null when SCP says it does not exist.</summary>
    public static async Task<T?> OrNullAsync<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Runs a delete; an object that is already gone counts as deleted.</summary>
    public static async Task DeleteAsync(Func<Task> delete)
    {
        try
        {
            await delete().ConfigureAwait(false);
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
        }
    }
}
