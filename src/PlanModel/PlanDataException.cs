namespace PlanModel;

/// <summary>
/// Thrown by <see cref="PlanCorpus.Load(System.IO.Stream)"/> when a stream is not a PlanModel data file, is of a
/// format version this runtime does not read, or is truncated or corrupt. The message says which.
/// </summary>
public sealed class PlanDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    public PlanDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
