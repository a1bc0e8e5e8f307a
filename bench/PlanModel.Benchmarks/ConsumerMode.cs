namespace PlanModel.Benchmarks;

/// <summary>--consumer.</summary>
public static class ConsumerMode
{
    /// <summary>Runs.</summary>
    public static int Run(string[] args) => args.Length;
}
