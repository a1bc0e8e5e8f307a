namespace PlanModel.Yaml.Runtime;

/// <summary>
/// The one place that reads specs into runtime meanings (qualifier, measure, role, status), each word through its
/// table in <see cref="Vocabularies"/>. The generator's
/// emitted code and <see cref="RuntimeBuilder"/> both call it, so the compiled package and the export agree.
/// </summary>
public static class SpecInterpreter
{
    /// <summary>Reads a value: parser first, then the legend's markers, then the transcriber's override.</summary>
    public static PlanValue Value(ValueSpec spec, IReadOnlyList<MarkerSpec>? legend, string column, int? year, ValueRole role, string? unitId, Citation? citation, string? defaultMeasure = null)
    {
        var parsed = PlanValueParser.Parse(spec.Missing ? null : spec.Raw ?? string.Empty);
        var measure = Vocabularies.Measures.Read(defaultMeasure);
        if (legend is not null)
        {
            foreach (var marker in parsed.Markers)
            {
                foreach (var m in legend)
                {
                    if (SameMarker(m.Marker, marker))
                    {
                        measure = Vocabularies.Measures.Read(m.Measure);
                    }
                }
            }
        }

        var qualifier = parsed.Qualifier;
        var value = parsed.Value;
        var max = parsed.MaxValue;
        var overridden = false;
        if (spec.Interpret is not null)
        {
            if (spec.Interpret.Qualifier is not null)
            {
                qualifier = Vocabularies.Qualifiers.Read(spec.Interpret.Qualifier);
                overridden = true;
            }

            if (spec.Interpret.Value is not null)
            {
                overridden |= value != spec.Interpret.Value;
                value = spec.Interpret.Value;
            }

            if (spec.Interpret.Max is not null)
            {
                max = spec.Interpret.Max;
                overridden = true;
            }

            if (spec.Interpret.Measure is not null)
            {
                measure = Vocabularies.Measures.Read(spec.Interpret.Measure);
                overridden = true;
            }
        }

        return new PlanValue
        {
            Raw = spec.Missing ? null : spec.Raw ?? string.Empty,
            Qualifier = qualifier,
            Value = value,
            MaxValue = max,
            RatioTerms = parsed.RatioTerms,
            Markers = parsed.Markers,
            Aspiration = parsed.Aspiration,
            Measure = measure,
            Column = column,
            Year = year,
            Role = role,
            UnitId = unitId,
            IsOverridden = overridden,
            Citation = citation,
            Note = spec.Note,
        };
    }

    /// <summary>A legend marker matches a printed marker: 【】 also matches 〔〕 and [] only when written so.</summary>
    public static bool SameMarker(string legendMarker, string printed)
    {
        var l = legendMarker.Trim();
        if (l == printed)
        {
            return true;
        }

        return (l == "＊" && printed == "*") || ((l == "【】" || l == "【 】") && printed == "【】");
    }

    /// <summary>Reads an attribute cell (预期性/约束性).</summary>
    public static IndicatorAttribute Attribute(string? raw)
    {
        if (raw is null)
        {
            return IndicatorAttribute.None;
        }

        if (raw.IndexOf("约束", StringComparison.Ordinal) >= 0)
        {
            return IndicatorAttribute.Binding;
        }

        return raw.IndexOf("预期", StringComparison.Ordinal) >= 0 ? IndicatorAttribute.Expected : IndicatorAttribute.None;
    }

    /// <summary>
    /// The status code: the code written in YAML, else the code the status table (<see cref="StatusVerbs"/>) reads from
    /// the printed verb. A written code that disagrees with the table is PLAN506, so both give the same answer in a
    /// valid corpus.
    /// </summary>
    public static ProjectStatusCode Status(StatusSpec? status)
    {
        if (status is null)
        {
            return ProjectStatusCode.Other;
        }

        return Vocabularies.StatusCodes.TryRead(status.Code, out var code) ? code : StatusVerbs.CodeOf(status.Raw);
    }

    /// <summary>The citation a consumer sees.</summary>
    public static Citation? Citation(string sourcePath, CiteSpec? cite)
    {
        if (cite is null)
        {
            return null;
        }

        return new Citation
        {
            SourceFile = sourcePath,
            Line = cite.Line,
            Lines = cite.Lines.Count > 1 ? new List<int>(cite.Lines).ToArray() : Array.Empty<int>(),
            Quote = cite.Quote,
            Offset = cite.Offset,
        };
    }
}
