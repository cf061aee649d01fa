using System.Globalization;

namespace Accountability.Formulas;

/// <summary>
/// The lexer and recursive-descent parser of the formula language (grammar in the docs of <see cref="Formula"/>).
/// Recursion is bounded: every recursive step counts towards <see cref="Formula.MaxDepth"/>, and so does the depth
/// of every node built, so neither a deep nesting nor a long chain of operators can exhaust the stack.
/// </summary>
internal sealed class FormulaParser
{
    private const string AValue = "a number, a name, a function call or '('";

    private readonly FormulaSource _source;
    private readonly List<Token> _tokens = [];
    private int _next;
    private int _depth;

    private FormulaParser(FormulaSource source)
    {
        _source = source;
    }

    private enum TokenKind
    {
        End,
        Number,
        Name,
        BracketName,
        Plus,
        Minus,
        Star,
        Slash,
        OpenParen,
        CloseParen,
        Comma,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        EqualEqual,
        NotEqual,
        And,
        Or,
        Not,
        If,
        Then,
        Else,
    }

    private Token Current => _tokens[_next];

    /// <summary>Parses <paramref name="source"/>; returns the tree, or null and the problems found.</summary>
    public static FormulaNode? Parse(FormulaSource source, out IReadOnlyList<Problem> problems)
    {
        string text = source.Text;
        if (text.Length > Formula.MaxLength)
        {
            problems =
            [
                new Problem(
                    source.Path,
                    FormulaProblemCodes.FormulaTooLong,
                    string.Create(CultureInfo.InvariantCulture, $"The formula has {text.Length} characters; at most {Formula.MaxLength} are allowed."),
                    ProblemSeverity.Error),
            ];
            return null;
        }

        var parser = new FormulaParser(source);
        var lexical = new List<Problem>();
        parser.Lex(lexical);
        if (lexical.Count > 0)
        {
            problems = lexical;
            return null;
        }

        try
        {
            FormulaNode node = parser.ParseConditional();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw parser.Expected("an operator or the end of the formula");
            }

            problems = [];
            return node;
        }
        catch (AccountabilityException stop)
        {
            problems = stop.Problems;
            return null;
        }
    }

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || char.IsAsciiDigit(c);

    private static string DescribeCharacter(string text, int i)
    {
        char c = text[i];
        if (c is > ' ' and < '\u007f')
        {
            return "'" + c + "'";
        }

        int codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(c, text[i + 1])
            : c;
        return string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
    }

    private static string Hint(char c) => c switch
    {
        '=' => " (compare with '==')",
        '!' => " (write 'not' or '!=')",
        '&' => " (write 'and')",
        '|' => " (write 'or')",
        '?' or ':' => " (write 'if condition then a else b')",
        _ => string.Empty,
    };

    private void Lex(List<Problem> problems)
    {
        string text = _source.Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                LexNumber(text, ref i, problems);
                continue;
            }

            if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                string name = text[start..i];
                TokenKind kind = name switch
                {
                    "and" => TokenKind.And,
                    "or" => TokenKind.Or,
                    "not" => TokenKind.Not,
                    "if" => TokenKind.If,
                    "then" => TokenKind.Then,
                    "else" => TokenKind.Else,
                    _ => TokenKind.Name,
                };
                _tokens.Add(new Token(kind, start, i - start, 0m, kind == TokenKind.Name ? name : null));
                continue;
            }

            if (c == '[')
            {
                LexBracketName(text, ref i, problems);
                continue;
            }

            char d = i + 1 < text.Length ? text[i + 1] : '\0';
            (TokenKind op, int length) = (c, d) switch
            {
                ('+', _) => (TokenKind.Plus, 1),
                ('-', _) => (TokenKind.Minus, 1),
                ('*', _) => (TokenKind.Star, 1),
                ('/', _) => (TokenKind.Slash, 1),
                ('(', _) => (TokenKind.OpenParen, 1),
                (')', _) => (TokenKind.CloseParen, 1),
                (',', _) => (TokenKind.Comma, 1),
                ('<', '=') => (TokenKind.LessOrEqual, 2),
                ('<', _) => (TokenKind.Less, 1),
                ('>', '=') => (TokenKind.GreaterOrEqual, 2),
                ('>', _) => (TokenKind.Greater, 1),
                ('=', '=') => (TokenKind.EqualEqual, 2),
                ('!', '=') => (TokenKind.NotEqual, 2),
                _ => (TokenKind.End, 0),
            };
            if (length == 0)
            {
                problems.Add(_source.Error(
                    start,
                    FormulaProblemCodes.UnexpectedCharacter,
                    DescribeCharacter(text, i) + " is not part of the formula language" + Hint(c) + "."));
                i += char.IsHighSurrogate(c) && char.IsLowSurrogate(d) ? 2 : 1;
                continue;
            }

            _tokens.Add(new Token(op, start, length, 0m, null));
            i += length;
        }

        _tokens.Add(new Token(TokenKind.End, text.Length, 0, 0m, null));
    }

    private void LexNumber(string text, ref int i, List<Problem> problems)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                problems.Add(_source.Error(i, FormulaProblemCodes.NumberInvalid, "expected a digit after the decimal point."));
                return;
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        string literal = text[start..i];
        if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            problems.Add(_source.Error(
                start,
                FormulaProblemCodes.NumberInvalid,
                "the number " + FormulaSource.Quote(literal) + " is beyond the range of decimal.",
                literal));
            return;
        }

        _tokens.Add(new Token(TokenKind.Number, start, i - start, value, null));
    }

    private void LexBracketName(string text, ref int i, List<Problem> problems)
    {
        int start = i;
        int close = start + 1;
        while (close < text.Length && text[close] is not (']' or '\n'))
        {
            close++;
        }

        if (close == text.Length || text[close] == '\n')
        {
            problems.Add(_source.Error(start, FormulaProblemCodes.NameInvalid, "the name in brackets has no closing ']' on its line."));
            i = close;
            return;
        }

        string name = text[(start + 1)..close];
        i = close + 1;
        if (!Identifier.IsValid(name, out string? reason))
        {
            problems.Add(_source.Error(
                start,
                FormulaProblemCodes.NameInvalid,
                "the name in brackets " + FormulaSource.Quote(name) + " is not valid: " + reason,
                name));
            return;
        }

        _tokens.Add(new Token(TokenKind.BracketName, start, i - start, 0m, name));
    }

    private AccountabilityException Expected(string what)
    {
        Token token = Current;
        string found = token.Kind == TokenKind.End
            ? "the end of the formula"
            : FormulaSource.Quote(_source.Text.Substring(token.Start, token.Length));
        string hint = token.Kind == TokenKind.If && string.Equals(what, AValue, StringComparison.Ordinal)
            ? " (put a conditional that is an operand in parentheses)"
            : string.Empty;
        return new AccountabilityException(
            [_source.Error(token.Start, FormulaProblemCodes.SyntaxError, "expected " + what + ", found " + found + hint + ".")]);
    }

    private AccountabilityException TooDeep(int offset) =>
        new([_source.Error(
            offset,
            FormulaProblemCodes.FormulaTooDeep,
            string.Create(CultureInfo.InvariantCulture, $"the formula nests deeper than {Formula.MaxDepth} levels."))]);

    private void Enter()
    {
        if (++_depth > Formula.MaxDepth)
        {
            throw TooDeep(Current.Start);
        }
    }

    private FormulaNode Made(FormulaNode node) => node.Depth > Formula.MaxDepth ? throw TooDeep(node.Position) : node;

    private int Take()
    {
        int start = Current.Start;
        _next++;
        return start;
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Expected(what);
        }

        _next++;
    }

    private FormulaNode ParseConditional()
    {
        Enter();
        FormulaNode result;
        if (Current.Kind == TokenKind.If)
        {
            int position = Take();
            FormulaNode condition = ParseConditional();
            Expect(TokenKind.Then, "'then' or an operator");
            FormulaNode then = ParseConditional();
            Expect(TokenKind.Else, "'else' or an operator");
            FormulaNode otherwise = ParseConditional();
            result = Made(FormulaNode.Conditional(condition, then, otherwise, position));
        }
        else
        {
            result = ParseBinary(1);
        }

        _depth--;
        return result;
    }

    /// <summary>The binary operator a token is, with its level (1 for <c>or</c> to 6 for <c>* /</c>), or level 0 for none.</summary>
    private static (NodeKind Kind, int Level) BinaryOperator(TokenKind token) => token switch
    {
        TokenKind.Or => (NodeKind.Or, 1),
        TokenKind.And => (NodeKind.And, 2),
        TokenKind.EqualEqual => (NodeKind.Equal, 3),
        TokenKind.NotEqual => (NodeKind.NotEqual, 3),
        TokenKind.Less => (NodeKind.Less, 4),
        TokenKind.LessOrEqual => (NodeKind.LessOrEqual, 4),
        TokenKind.Greater => (NodeKind.Greater, 4),
        TokenKind.GreaterOrEqual => (NodeKind.GreaterOrEqual, 4),
        TokenKind.Plus => (NodeKind.Add, 5),
        TokenKind.Minus => (NodeKind.Subtract, 5),
        TokenKind.Star => (NodeKind.Multiply, 6),
        TokenKind.Slash => (NodeKind.Divide, 6),
        _ => (NodeKind.Number, 0),
    };

    /// <summary>
    /// Parses binary operators of level <paramref name="lowest"/> and above by precedence climbing: left-associative
    /// chains loop, and a right operand recurses at most six levels (one per operator level), so a nesting level of the
    /// formula costs a few stack frames, not one per precedence level.
    /// </summary>
    private FormulaNode ParseBinary(int lowest)
    {
        FormulaNode left = ParseUnary();
        while (true)
        {
            (NodeKind kind, int level) = BinaryOperator(Current.Kind);
            if (level == 0 || level < lowest)
            {
                return left;
            }

            int position = Take();
            FormulaNode right = level == 6 ? ParseUnary() : ParseBinary(level + 1);
            left = Made(FormulaNode.Binary(kind, left, right, position));
        }
    }

    private FormulaNode ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Not)
        {
            NodeKind kind = Current.Kind == TokenKind.Minus ? NodeKind.Negate : NodeKind.Not;
            int position = Take();
            Enter();
            FormulaNode operand = ParseUnary();
            _depth--;
            return Made(FormulaNode.Unary(kind, operand, position));
        }

        return ParsePrimary();
    }

    private FormulaNode ParsePrimary()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _next++;
                return FormulaNode.Literal(token.Number, token.Start);
            case TokenKind.BracketName:
                _next++;
                return FormulaNode.Input(token.Name!, token.Start);
            case TokenKind.Name when _tokens[_next + 1].Kind == TokenKind.OpenParen:
                _next += 2;
                return Made(FormulaNode.Call(token.Name!, ParseArguments(), token.Start));
            case TokenKind.Name:
                _next++;
                return FormulaNode.Input(token.Name!, token.Start);
            case TokenKind.OpenParen:
                _next++;
                FormulaNode inner = ParseConditional();
                Expect(TokenKind.CloseParen, "')' or an operator");
                return inner;
            default:
                throw Expected(AValue);
        }
    }

    private FormulaNode[] ParseArguments()
    {
        var arguments = new List<FormulaNode>();
        if (Current.Kind == TokenKind.CloseParen)
        {
            _next++;
            return [];
        }

        while (true)
        {
            arguments.Add(ParseConditional());
            if (Current.Kind == TokenKind.Comma)
            {
                _next++;
                continue;
            }

            Expect(TokenKind.CloseParen, "',', ')' or an operator");
            return [.. arguments];
        }
    }

    private readonly record struct Token(TokenKind Kind, int Start, int Length, decimal Number, string? Name);
}
