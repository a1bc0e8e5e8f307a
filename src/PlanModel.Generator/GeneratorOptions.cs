namespace PlanModel.Generator;

/// <summary>Options read from MSBuild properties (build_property.*), equatable for caching.</summary>
public sealed record GeneratorOptions(string Namespace, string EntryPoint);

/// <summary>One entry of the Plans index.</summary>
public sealed record IndexEntry(string Id, string ClassName, string PropertyName, string? Parent, string Kind);
