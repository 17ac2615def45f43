using System.Globalization;
using System.Text;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// A value as the TCK writes it in tables. Engine results are converted into the same shape so that expected
/// and actual values are compared structurally (nodes and relationships have no identity here).
/// </summary>
internal abstract record TckValue
{
    public abstract void Render(StringBuilder sb);

    public sealed override string ToString()
    {
        var sb = new StringBuilder();
        Render(sb);
        return sb.ToString();
    }
}

internal sealed record TckNull : TckValue
{
    public static TckNull Instance { get; } = new();

    public override void Render(StringBuilder sb) => sb.Append("null");
}

internal sealed record TckBool(bool Value) : TckValue
{
    public override void Render(StringBuilder sb) => sb.Append(Value ? "true" : "false");
}

internal sealed record TckInteger(long Value) : TckValue
{
    public override void Render(StringBuilder sb) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));
}

internal sealed record TckFloat(double Value) : TckValue
{
    public override void Render(StringBuilder sb)
    {
        if (double.IsNaN(Value))
        {
            sb.Append("NaN");
            return;
        }

        if (double.IsInfinity(Value))
        {
            sb.Append(Value > 0 ? "Inf" : "-Inf");
            return;
        }

        var text = Value.ToString("R", CultureInfo.InvariantCulture);
        sb.Append(text);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            sb.Append(".0");
        }
    }
}

internal sealed record TckString(string Value) : TckValue
{
    public override void Render(StringBuilder sb) =>
        sb.Append('\'').Append(Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
}

/// <summary>An engine value the runner cannot express in TCK notation; it never matches anything.</summary>
internal sealed record TckUnknown(string Description) : TckValue
{
    public override void Render(StringBuilder sb) => sb.Append('?').Append(Description);
}

internal sealed record TckList(IReadOnlyList<TckValue> Items) : TckValue
{
    public override void Render(StringBuilder sb)
    {
        sb.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Items[i].Render(sb);
        }

        sb.Append(']');
    }
}

internal sealed record TckMap(IReadOnlyDictionary<string, TckValue> Entries) : TckValue
{
    public static TckMap Empty { get; } = new(new Dictionary<string, TckValue>(StringComparer.Ordinal));

    public override void Render(StringBuilder sb)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(key).Append(": ");
            value.Render(sb);
        }

        sb.Append('}');
    }
}

internal sealed record TckNode(IReadOnlyList<string> Labels, TckMap Properties) : TckValue
{
    public override void Render(StringBuilder sb)
    {
        sb.Append('(');
        foreach (var label in Labels.Order(StringComparer.Ordinal))
        {
            sb.Append(':').Append(label);
        }

        if (Properties.Entries.Count > 0)
        {
            if (Labels.Count > 0)
            {
                sb.Append(' ');
            }

            Properties.Render(sb);
        }

        sb.Append(')');
    }
}

internal sealed record TckRelationship(string Type, TckMap Properties) : TckValue
{
    public override void Render(StringBuilder sb)
    {
        sb.Append("[:").Append(Type);
        if (Properties.Entries.Count > 0)
        {
            sb.Append(' ');
            Properties.Render(sb);
        }

        sb.Append(']');
    }
}

/// <summary>
/// One hop of a path: the relationship, whether it points along the path, and the node reached.
/// <see cref="Forward"/> is null for a self-loop, whose direction cannot be told from the path.
/// </summary>
internal sealed record TckPathStep(TckRelationship Relationship, bool? Forward, TckNode Node);

internal sealed record TckPath(TckNode Start, IReadOnlyList<TckPathStep> Steps) : TckValue
{
    public override void Render(StringBuilder sb)
    {
        sb.Append('<');
        Start.Render(sb);
        foreach (var step in Steps)
        {
            sb.Append(step.Forward == false ? "<-" : "-");
            step.Relationship.Render(sb);
            sb.Append(step.Forward == false ? "-" : "->");
            step.Node.Render(sb);
        }

        sb.Append('>');
    }
}
