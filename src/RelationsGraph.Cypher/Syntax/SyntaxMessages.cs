namespace RelationsGraph.Cypher.Syntax;

/// <summary>Every message text and TCK detail name the syntax stage produces, in one place.</summary>
internal static class SyntaxMessages
{
    // openCypher TCK detail names.
    public const string UnexpectedSyntaxDetail = "UnexpectedSyntax";
    public const string InvalidNumberLiteralDetail = "InvalidNumberLiteral";
    public const string IntegerOverflowDetail = "IntegerOverflow";
    public const string FloatingPointOverflowDetail = "FloatingPointOverflow";
    public const string InvalidUnicodeLiteralDetail = "InvalidUnicodeLiteral";
    public const string InvalidUnicodeCharacterDetail = "InvalidUnicodeCharacter";

    // "expected ..." descriptions.
    public const string Expression = "an expression";
    public const string ClauseKeyword = "a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE, FOREACH, CALL)";
    public const string EndOfQuery = "end of query, a clause or UNION";
    public const string Name = "a name";
    public const string PropertyKeyName = "a property key name";
    public const string LabelName = "a label name";
    public const string RelationshipTypeName = "a relationship type name";
    public const string ParameterOrMap = "a map or a parameter";
    public const string NodePattern = "a node pattern '('";
    public const string RelationshipPattern = "a relationship pattern";
    public const string IntegerLiteral = "an integer literal";
    public const string SetItem = "a SET item (n.key = value, n = map, n += map, n:Label)";
    public const string RemoveItem = "a REMOVE item (n.key or n:Label)";
    public const string SchemaCommand = "CONSTRAINT or INDEX";
    public const string ConstraintKind = "UNIQUE, NODE KEY, KEY or NOT NULL";
    public const string MergeAction = "ON CREATE SET or ON MATCH SET";
    public const string ProjectionItems = "'*' or an expression";

    public static string Quoted(string text) => $"'{text}'";

    public static string OneOf(params string[] options) => string.Join(", ", options.Select(Quoted));

    public static string InvalidInput(string found, string expected) => $"Invalid input '{found}': expected {expected}";

    public static string UnexpectedEnd(string expected) => $"Invalid input '': expected {expected} (the query ended)";

    public static string InvalidNumber(string text) => $"Invalid number literal '{text}'";

    public static string IntegerTooLarge(string text) => $"integer is too large: '{text}'";

    public static string FloatTooLarge(string text) => $"floating point number is too large: '{text}'";

    public static string InvalidEscape(string sequence) => $"Invalid escape sequence '{sequence}' in string literal";

    public static string InvalidUnicodeEscape(string sequence) => $"Invalid input '{sequence}': expected four hexadecimal digits in a \\u escape or eight in a \\U escape";

    public static string InvalidUnicodeCharacter(string character) =>
        $"Invalid input '{character}': this Unicode character is not allowed here (use the ASCII equivalent)";

    public const string UnterminatedString = "Unterminated string literal: expected a closing quote";
    public const string UnterminatedIdentifier = "Unterminated escaped name: expected a closing '`'";
    public const string UnterminatedComment = "Unterminated comment: expected '*/'";
    public const string EmptyParameterName = "Invalid input '$': expected a parameter name";
    public const string NestingTooDeep = "The query is nested too deeply to be parsed";
    public const string OperatorChainTooLong = "The query has too many operators in a row (or nested too deeply) to be parsed";
    public const string BangEqual = "Unknown operation '!=' (you probably meant to use '<>', which is the operator for inequality testing)";
    public const string LabelDisjunctionNotSupported = "Label disjunction ('|') is not supported in a node pattern or label check";

    public const string PatternExpressionOutsidePredicate =
        "A pattern expression should only be used in order to test the existence of a pattern. It can only be used where a boolean is expected, e.g. in a WHERE clause or inside exists(); use a pattern comprehension or COUNT { } otherwise";

    public const string ShortestPathOutsideMatch = "shortestPath() and allShortestPaths() are supported in MATCH patterns only";
    public const string YieldStarInQuery = "YIELD * can only be used in a standalone procedure call";
    public const string SetTargetNotProperty = "Invalid SET item: the left-hand side must be a property (n.key), a variable or labels";
    public const string RemoveTargetNotProperty = "Invalid REMOVE item: expected a property (n.key) or labels (n:Label)";
    public const string RangeBoundNotInteger = "Invalid variable-length bound: expected a non-negative integer";
    public const string UnsupportedConstraintType = "Property type constraints (IS :: TYPE) are not supported";
    public const string MixedSchemaVariable = "The property in a schema command must belong to the variable declared in FOR";
}
