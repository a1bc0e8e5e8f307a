namespace PlanModel;

/// <summary>One word of a closed vocabulary: the word YAML and the exports write, the meaning it has in the model,
/// and its label in Chinese and English.</summary>
/// <typeparam name="T">The meaning: a model enumeration, or the word itself for a vocabulary the model keeps as text.</typeparam>
public sealed class VocabularyTerm<T>
    where T : notnull
{
    internal VocabularyTerm(string word, T value, string zh, string en, bool written)
    {
        Word = word;
        Value = value;
        Label = new BilingualText(zh, en);
        Written = written;
    }

    /// <summary>The word, kebab-case (<c>under-construction</c>): as YAML writes it and as every export names it.</summary>
    public string Word { get; }

    /// <summary>The meaning in the model.</summary>
    public T Value { get; }

    /// <summary>The label a reader sees (续建 / under construction).</summary>
    public BilingualText Label { get; }

    /// <summary>True when YAML may write the word; false for a meaning only the model gives (nothing stated).</summary>
    public bool Written { get; }
}

/// <summary>
/// A closed vocabulary as one table: word ↔ meaning ↔ label. The YAML reader, the interpreter, the JSON Schema,
/// the exports and the review report all read it, so a word is added in one place (<see cref="Vocabularies"/>).
/// </summary>
/// <typeparam name="T">The meaning: a model enumeration, or <see cref="string"/> for a vocabulary kept as text.</typeparam>
public sealed class VocabularyTable<T>
    where T : notnull
{
    private readonly Dictionary<string, VocabularyTerm<T>> _byWord = new(System.StringComparer.Ordinal);
    private readonly Dictionary<T, VocabularyTerm<T>> _byValue = new();

    internal VocabularyTable(string name, T fallback, params VocabularyTerm<T>[] terms)
    {
        Name = name;
        Fallback = fallback;
        Terms = terms;
        var words = new List<string>();
        foreach (var t in terms)
        {
            _byWord.Add(t.Word, t);
            _byValue.Add(t.Value, t);
            if (t.Written)
            {
                words.Add(t.Word);
            }
        }

        Words = words;
    }

    /// <summary>The vocabulary's name (<c>roles</c>).</summary>
    public string Name { get; }

    /// <summary>Every term, in the documented order.</summary>
    public IReadOnlyList<VocabularyTerm<T>> Terms { get; }

    /// <summary>The words YAML may write, in order (the JSON Schema's enum).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The meaning of an absent or unknown word.</summary>
    public T Fallback { get; }

    /// <summary>The meaning of a word; <see cref="Fallback"/> when it is absent or not in the table.</summary>
    public T Read(string? word) => TryRead(word, out var value) ? value : Fallback;

    /// <summary>The meaning of a word, when the table has it.</summary>
    public bool TryRead(string? word, out T value)
    {
        if (word is not null && _byWord.TryGetValue(word, out var term))
        {
            value = term.Value;
            return true;
        }

        value = Fallback;
        return false;
    }

    /// <summary>The word of a meaning (<c>under-construction</c>).</summary>
    public string Word(T value) => Term(value).Word;

    /// <summary>The label of a meaning.</summary>
    public BilingualText Label(T value) => Term(value).Label;

    private VocabularyTerm<T> Term(T value) =>
        _byValue.TryGetValue(value, out var term) ? term : throw new KeyNotFoundException(Name + ": no term for " + value);
}
