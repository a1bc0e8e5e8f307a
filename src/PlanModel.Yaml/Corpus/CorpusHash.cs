namespace PlanModel.Yaml.Corpus;

/// <summary>
/// The content hash of a corpus (<see cref="DataVersion.ContentHash"/>), from the texts the reader already has: the
/// generator's AdditionalTexts and the CLI's files give the same hash for the same YAML, whatever the paths, the
/// read order or the checkout's line ends.
/// </summary>
public static class CorpusHash
{
    /// <summary>SHA-256 (lower-case hex) of one file's text: byte-order mark dropped, CRLF and CR read as LF, UTF-8.</summary>
    public static string OfText(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace('\r', '\n')));
    }

    /// <summary>The corpus hash: the files' hashes sorted ordinally, joined with LF, hashed. Files read without a text
    /// (refused before reading) do not count.</summary>
    public static string Of(IEnumerable<FileParseResult> files)
    {
        var hashes = new List<string>();
        foreach (var f in files)
        {
            if (f.ContentHash is not null)
            {
                hashes.Add(f.ContentHash);
            }
        }

        hashes.Sort(StringComparer.Ordinal);
        return Sha256Hex.Of(Encoding.UTF8.GetBytes(string.Join("\n", hashes)));
    }
}
