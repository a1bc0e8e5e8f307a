// A minute's tour of the PlanModel.Chongqing package: typed plans, values as printed with their reading, citations.
using System;
using System.Linq;
using PlanModel;
using PlanModel.Chongqing;

// A typed plan, a typed table, a typed row: the raw text as printed beside its reading, and where it is printed.
var cq = Plans.Chongqing14thFyp;
var grp = cq.MainIndicators.GrpGrowth;
var target = grp.ValueFor(ValueRole.Target)!;
Console.WriteLine(cq.Title.En);
Console.WriteLine($"  {grp.Printed}: 2020 {grp.ValueFor(ValueRole.Baseline)} → 2025 {target} ({target.Qualifier}, {target.Measure}), line {grp.Citation!.Line}");

// 1. R&D intensity, 2020 and 2025, for Chongqing and every district that sets it.
Console.WriteLine("R&D intensity (研发经费投入强度):");
foreach (var plan in Plans.All.Where(p => p.Kind == DocumentKind.FiveYearPlan))
{
    if (plan.MainRow(IndicatorIds.RdIntensity) is { } row)
    {
        Console.WriteLine($"  {plan.Region.Name.En,-24} 2020 {row.ValueFor(ValueRole.Baseline),-6} 2025 {row.PeriodTarget(),-6} ({row.Printed})");
    }
}

// 2. Binding indicators whose district target is looser than Chongqing's — only where the comparison is decidable.
Console.WriteLine("District binding targets against Chongqing's:");
foreach (var district in Plans.ChildrenOf(cq.Id))
{
    foreach (var a in Plans.Corpus.AlignWithParent(district).Where(a => a.Child.IsBinding && a.Parent is not null))
    {
        var verdict = a.IsLooser switch { true => "LOOSER", false => "not looser", null => "cannot tell" };
        Console.WriteLine($"  {district.Region.Name.En,-20} {a.Child.Name.Zh,-22} {a.Child.PeriodTarget(),-8} vs {a.Parent!.PeriodTarget(),-8} {verdict}: {a.TargetComparison?.Explanation}");
    }
}

// 3. The 2021 GDP growth target of every district and county that reported one, qualifier kept, with its quote.
Console.WriteLine("2021 GRP growth targets (work reports):");
foreach (var o in Plans.Corpus.Observations(IndicatorIds.GrpGrowth).Where(o => o.Target?.Role == ValueRole.Expected && o.Year == 2021))
{
    Console.WriteLine($"  {o.Document.Region.Name.Zh}: {o.Value.Raw} ({o.Value.Qualifier}) — “{o.Value.Citation!.Quote}”");
}

// 4. One indicator as a series across plans and periods for Chongqing: results, baselines, targets, in time order.
Console.WriteLine("GRP growth, Chongqing, every observation in time order:");
foreach (var p in Plans.Corpus.Series(IndicatorIds.GrpGrowth, cq.Region.Code))
{
    Console.WriteLine($"  {p.Year} {p.Role,-9} {p.Value.Raw,-8} {p.Qualifier,-14} {p.Document.Id} line {p.Citation?.Line}");
}

// 5. Which data this program was compiled with (the package version and a hash of the corpus).
Console.WriteLine($"Data version: {Plans.DataVersion}");
