namespace PlanModel.Yaml.Docs;

/// <summary>
/// The characters the XML files PlanModel writes (documentation files, report pages) never contain: what XML 1.0
/// forbids (C0 controls but tab and line feed, surrogate halves, U+FFFE, U+FFFF) and DEL. Each is written as U+FFFD,
/// so a strict XML reader (IntelliSense, DocFX, a browser) reads the file.
/// </summary>
public static class XmlCharacters
{
    /// <summary>True when <paramref name="code"/> (a UTF-16 code unit or a code point) must become U+FFFD.</summary>
    public static bool IsForbidden(int code) => code switch
    {
        < 0x20 and not ('\t' or '\n') => true,
        0x7F or 0xFFFE or 0xFFFF => true,
        >= 0xD800 and <= 0xDFFF => true,
        > 0x10FFFF => true,
        _ => false,
    };
}
