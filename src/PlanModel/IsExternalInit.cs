// Lets netstandard2.0 use init-only setters; the compiler looks the type up by name.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
