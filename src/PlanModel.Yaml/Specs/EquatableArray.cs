using System.Collections;

namespace PlanModel.Yaml.Specs;

/// <summary>An immutable array compared by its items, so models that hold it cache in incremental generators.</summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/> (not copied: the caller gives up ownership).</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _items![index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (a.Length != b.Length)
        {
            return false;
        }

        var cmp = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!cmp.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        if (_items is not null)
        {
            var cmp = EqualityComparer<T>.Default;
            foreach (var item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : cmp.GetHashCode(item)));
            }
        }

        return hash;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Copies a list into an equatable array.</summary>
    public static EquatableArray<T> ToEquatable<T>(this IEnumerable<T> items) => new(new List<T>(items).ToArray());
}
