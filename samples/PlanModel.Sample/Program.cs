// A minute's tour of the PlanModel.Chongqing package: typed plans, values as printed with their reading, citations.
using System;
using System.Linq;
using PlanModel;
using PlanModel.Chongqing;

// 1. A typed plan, a typed table, a typed row.
var cq = Plans.Chongqing14thFyp;
var grp = cq.MainIndicators.Rows[0];
Console.WriteLine($"{cq.Title.En}");
Console.WriteLine($"  {grp.Printed}: 2020 {grp.ValueFor(ValueRole.Baseline)} → 2025 {grp.ValueFor(ValueRole.Target)}" +
                  $" ({grp.ValueFor(ValueRole.Target)!.Qualifier}, {grp.ValueFor(ValueRole.Target)!.Measure}), line {grp.Citation!.Line}");

// 2. Every binding indicator of every district plan, beside Chongqing's.
var municipal = cq.MainIndicators.Rows.Where(r => r.CatalogueId is not null).ToDictionary(r => r.CatalogueId!);
foreach (var district in Plans.ChildrenOf(cq.Id))
{
    foreach (var row in district.Indicators.Where(r => r.IsBinding && r.Values.Any(v => v.Role == ValueRole.Target)))
    {
        municipal.TryGetValue(row.CatalogueId ?? "", out var parent);
        Console.WriteLine($"  {district.Region.Name.En,-20} {row.Name.Zh,-24} {row.ValueFor(ValueRole.Target),-10} Chongqing: {parent?.ValueFor(ValueRole.Target)?.ToString() ?? "—"}");
    }
}

// 3. The 2021 GDP growth target of every district and county that reported one, qualifier kept, with its quote.
foreach (var t in Plans.Corpus.TargetsById(IndicatorIds.GrpGrowth).Where(t => t.Role == ValueRole.Expected && t.Horizon.From == 2021))
{
    Console.WriteLine($"  {Plans.Corpus.Find(t.DocumentId)!.Region.Name.Zh}: {t.Value.Raw} ({t.Value.Qualifier}) — “{t.Value.Citation!.Quote}”");
}
