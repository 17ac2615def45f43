using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Aggregation;

/// <summary>
/// One aggregate over one group. Nulls are ignored; DISTINCT drops repeated (equivalent) values before
/// they reach the aggregate.
/// </summary>
internal abstract class Aggregator
{
    private Expression? _argument;
    private HashSet<object?>? _seen;

    public static Aggregator Create(Expression call)
    {
        if (call is CountStar)
        {
            return new CountStarAggregator();
        }

        var f = (FunctionCall)call;
        Aggregator aggregator = f.Name.ToLowerInvariant() switch
        {
            "count" => new CountAggregator(),
            "sum" => new SumAggregator(),
            "avg" => new AvgAggregator(),
            "min" => new ExtremeAggregator(max: false),
            "max" => new ExtremeAggregator(max: true),
            "collect" => new CollectAggregator(),
            "stdev" => new DeviationAggregator(sample: true),
            "stdevp" => new DeviationAggregator(sample: false),
            "percentilecont" => new PercentileAggregator(continuous: true, f.Arguments.Count > 1 ? f.Arguments[1] : null),
            "percentiledisc" => new PercentileAggregator(continuous: false, f.Arguments.Count > 1 ? f.Arguments[1] : null),
            _ => throw new CypherException(StatusCodes.SyntaxError, $"Unknown aggregate function '{f.Name}'.", detail: "UnknownFunction"),
        };
        aggregator._argument = f.Arguments.Count > 0 ? f.Arguments[0] : null;
        if (f.Distinct)
        {
            aggregator._seen = new HashSet<object?>(CypherComparer.EquivalenceComparer);
        }

        return aggregator;
    }

    public virtual void Add(Row row, QueryContext ctx)
    {
        var value = _argument is null ? null : ctx.Evaluate(_argument, row);
        if (value is null || (_seen is not null && !_seen.Add(value)))
        {
            return;
        }

        Accept(value, row, ctx);
    }

    public abstract object? Result();

    protected abstract void Accept(object value, Row row, QueryContext ctx);

    protected static CypherException NotNumeric(string function, object value) =>
        new(StatusCodes.TypeError, $"{function}() can only handle numerical values, durations and null; got {Errors.EngineErrors.TypeName(value)}.", detail: "InvalidArgumentType");

    private sealed class CountStarAggregator : Aggregator
    {
        private long _count;

        public override void Add(Row row, QueryContext ctx) => _count++;

        public override object? Result() => _count;

        protected override void Accept(object value, Row row, QueryContext ctx)
        {
        }
    }

    private sealed class CountAggregator : Aggregator
    {
        private long _count;

        public override object? Result() => _count;

        protected override void Accept(object value, Row row, QueryContext ctx) => _count++;
    }

    private sealed class SumAggregator : Aggregator
    {
        private long _long;
        private double _double;
        private bool _isDouble;
        private object? _duration;

        public override object? Result() => _duration ?? (_isDouble ? (object)(_double + _long) : _long);

        protected override void Accept(object value, Row row, QueryContext ctx)
        {
            switch (value)
            {
                case long l when !_isDouble:
                    try
                    {
                        _long = checked(_long + l);
                    }
                    catch (OverflowException)
                    {
                        throw new CypherException(StatusCodes.ArithmeticError, "long overflow", detail: "IntegerOverflow");
                    }

                    break;
                case long l:
                    _double += l;
                    break;
                case double d:
                    if (!_isDouble)
                    {
                        _isDouble = true;
                        _double = _long;
                        _long = 0;
                    }

                    _double += d;
                    break;
                default:
                    if (TemporalOperations.IsTemporal(value))
                    {
                        if (_duration is null)
                        {
                            _duration = value;
                        }
                        else if (TemporalOperations.TryAdd(_duration, value, out var sum))
                        {
                            _duration = sum;
                        }
                        else
                        {
                            throw NotNumeric("sum", value);
                        }

                        break;
                    }

                    throw NotNumeric("sum", value);
            }
        }
    }

    private sealed class AvgAggregator : Aggregator
    {
        private double _sum;
        private long _count;
        private object? _duration;

        public override object? Result()
        {
            if (_count == 0)
            {
                return null;
            }

            if (_duration is not null)
            {
                return TemporalOperations.TryDivide(_duration, (double)_count, out var avg) ? avg : null;
            }

            return _sum / _count;
        }

        protected override void Accept(object value, Row row, QueryContext ctx)
        {
            _count++;
            switch (value)
            {
                case long l:
                    _sum += l;
                    break;
                case double d:
                    _sum += d;
                    break;
                default:
                    if (TemporalOperations.IsTemporal(value))
                    {
                        _duration = _duration is null ? value : TemporalOperations.TryAdd(_duration, value, out var s) ? s : throw NotNumeric("avg", value);
                        break;
                    }

                    throw NotNumeric("avg", value);
            }
        }
    }

    private sealed class ExtremeAggregator(bool max) : Aggregator
    {
        private object? _best;

        public override object? Result() => _best;

        protected override void Accept(object value, Row row, QueryContext ctx)
        {
            if (_best is null)
            {
                _best = value;
                return;
            }

            var c = CypherComparer.CompareForOrdering(value, _best);
            if (max ? c > 0 : c < 0)
            {
                _best = value;
            }
        }
    }

    private sealed class CollectAggregator : Aggregator
    {
        private readonly List<object?> _items = [];

        public override object? Result() => _items.ToList();

        protected override void Accept(object value, Row row, QueryContext ctx) => _items.Add(value);
    }

    private sealed class DeviationAggregator(bool sample) : Aggregator
    {
        private readonly List<double> _values = [];

        public override object? Result()
        {
            var n = _values.Count;
            if (n == 0 || (sample && n == 1))
            {
                return 0.0;
            }

            var mean = _values.Average();
            var squares = _values.Sum(v => (v - mean) * (v - mean));
            return Math.Sqrt(squares / (sample ? n - 1 : n));
        }

        protected override void Accept(object value, Row row, QueryContext ctx) =>
            _values.Add(value switch
            {
                long l => l,
                double d => d,
                _ => throw NotNumeric(sample ? "stDev" : "stDevP", value),
            });
    }

    private sealed class PercentileAggregator(bool continuous, Expression? percentileExpression) : Aggregator
    {
        private readonly List<object> _values = [];
        private double? _percentile;

        public override object? Result()
        {
            if (_values.Count == 0 || _percentile is not { } p)
            {
                return null;
            }

            _values.Sort((a, b) => ToDouble(a).CompareTo(ToDouble(b)));
            var count = _values.Count;
            if (p == 1.0 || count == 1)
            {
                return continuous ? ToDouble(_values[^1]) : _values[^1];
            }

            if (continuous)
            {
                var position = p * (count - 1);
                var floor = (int)position;
                var ceil = (int)Math.Ceiling(position);
                if (ceil == floor || floor == count - 1)
                {
                    return ToDouble(_values[floor]);
                }

                return (ToDouble(_values[floor]) * (ceil - position)) + (ToDouble(_values[ceil]) * (position - floor));
            }

            var scaled = p * count;
            var index = (int)scaled;
            index = scaled != index || index == 0 ? index : index - 1;
            return _values[Math.Min(index, count - 1)];
        }

        protected override void Accept(object value, Row row, QueryContext ctx)
        {
            if (value is not (long or double))
            {
                throw NotNumeric(continuous ? "percentileCont" : "percentileDisc", value);
            }

            if (_percentile is null)
            {
                var p = percentileExpression is null ? null : ctx.Evaluate(percentileExpression, row);
                _percentile = p switch
                {
                    long l => l,
                    double d => d,
                    _ => throw new CypherException(StatusCodes.ArgumentError, "The percentile must be a number.", detail: "InvalidArgumentType"),
                };
                if (_percentile is < 0 or > 1 || double.IsNaN(_percentile.Value))
                {
                    throw new CypherException(StatusCodes.ArgumentError, $"Invalid input '{_percentile}' is not a valid argument, must be a number in the range 0.0 to 1.0.", detail: "NumberOutOfRange");
                }
            }

            _values.Add(value);
        }

        private static double ToDouble(object value) => value is long l ? l : (double)value;
    }
}
