using System.Security.Cryptography;

namespace PlanModel.Yaml.Sources;

/// <summary>SHA-256 as lower-case hex, the form every hash in the corpus is written in (source pins, file and corpus
/// hashes, cache fingerprints): one place computes and formats it.</summary>
internal static class Sha256Hex
{
    private const string Digits = "0123456789abcdef";

    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Of(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Format(sha.ComputeHash(bytes));
    }

    /// <summary>A hash already computed (an incremental one), lower-case hex.</summary>
    public static string Format(byte[] hash)
    {
        var chars = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = Digits[hash[i] >> 4];
            chars[(2 * i) + 1] = Digits[hash[i] & 15];
        }

        return new string(chars);
    }
}
