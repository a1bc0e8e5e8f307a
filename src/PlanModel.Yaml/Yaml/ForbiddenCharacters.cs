namespace PlanModel.Yaml.Yaml;

/// <summary>
/// Rejects characters that hide or reorder text (Trojan Source, CVE-2021-42574): bidirectional controls,
/// zero-width characters, and U+FFFD left by invalid UTF-8; and characters that start a new line for the YAML
/// parser but not for git, grep or an editor (U+2028, U+2029, U+0085 and a CR not followed by LF), which could
/// hide a key inside what reviewers see as a comment. Chinese text, fullwidth forms and U+00A0 pass.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>True when <paramref name="c"/> is forbidden in YAML input (a BOM at offset 0 is allowed).</summary>
    public static bool IsForbidden(char c) => c switch
    {
        >= '\u202A' and <= '\u202E' => true, // LRE, RLE, PDF, LRO, RLO
        >= '\u2066' and <= '\u2069' => true, // LRI, RLI, FSI, PDI
        '\u200E' or '\u200F' or '\u061C' => true, // LRM, RLM, ALM
        >= '\u200B' and <= '\u200D' => true, // zero-width space / non-joiner / joiner
        '\u2060' or '\uFEFF' or '\u180E' => true, // word joiner, BOM inside text, Mongolian vowel separator
        '\uFFFD' => true, // replacement character: the bytes were not valid UTF-8
        '\u2028' or '\u2029' or '\u0085' => true, // line/paragraph separator, next line: line breaks only to the YAML parser
        _ => false,
    };

    /// <summary>Reports every forbidden character (up to 20); returns false when any was found.</summary>
    public static bool Check(string text, string file, DiagnosticBag diagnostics)
    {
        var line = 1;
        var col = 1;
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                col = 1;
                continue;
            }

            if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                if (found < 20)
                {
                    diagnostics.Add(PlanRules.LoneCarriageReturn, file, line, col);
                }

                found++;
            }
            else if (IsForbidden(c) && !(i == 0 && c == '\uFEFF'))
            {
                if (found < 20)
                {
                    var finding = c switch
                    {
                        '\uFFFD' => PlanRules.ReplacementCharacter.With(),
                        '\u2028' or '\u2029' or '\u0085' => PlanRules.HiddenLineBreak.With(Code(c)),
                        _ => PlanRules.ForbiddenCharacter.With(Code(c)),
                    };
                    diagnostics.Add(finding, file, line, col);
                }

                found++;
            }
            else if (char.IsControl(c) && c != '\t' && c != '\r')
            {
                if (found < 20)
                {
                    diagnostics.Add(PlanRules.ControlCharacter, file, line, col, Code(c));
                }

                found++;
            }

            col++;
        }

        return found == 0;
    }

    /// <summary>A character's code point as messages print it: four hex digits.</summary>
    internal static string Code(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
