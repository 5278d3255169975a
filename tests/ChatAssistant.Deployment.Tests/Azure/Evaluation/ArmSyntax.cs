using System.Globalization;
using System.Text;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>A parsed ARM template expression: a call, a literal, or a property or index access on another expression.</summary>
public abstract record ArmSyntax
{
    public sealed record Call(string Name, IReadOnlyList<ArmSyntax> Arguments) : ArmSyntax;
    public sealed record Text(string Value) : ArmSyntax;
    public sealed record Number(long Value) : ArmSyntax;
    public sealed record Property(ArmSyntax Target, string Name) : ArmSyntax;
    public sealed record Index(ArmSyntax Target, ArmSyntax Key) : ArmSyntax;

    /// <summary>True when a template string is an expression ("[...]", but not the escaped "[[...").</summary>
    public static bool IsExpression(string value) => value.Length >= 2 && value[0] == '[' && value[^1] == ']' && !value.StartsWith("[[", StringComparison.Ordinal);

    /// <summary>Parses the text between the outer brackets of a template string.</summary>
    public static ArmSyntax Parse(string expression)
    {
        var parser = new Parser(expression);
        var result = parser.Expression();
        parser.End();
        return result;
    }

    private sealed class Parser(string text)
    {
        private int position;

        public ArmSyntax Expression()
        {
            SkipSpace();
            ArmSyntax result;
            if (Peek() == '\'') result = new Text(QuotedText());
            else if (char.IsDigit(Peek()) || Peek() == '-') result = new Number(NumberLiteral());
            else result = CallExpression();
            while (true)
            {
                SkipSpace();
                if (Peek() == '.') { position++; result = new Property(result, Identifier()); }
                else if (Peek() == '[') { position++; var key = Expression(); Expect(']'); result = new Index(result, key); }
                else return result;
            }
        }

        public void End()
        {
            SkipSpace();
            if (position != text.Length) throw new FormatException($"Unexpected '{text[position..]}' in [{text}]");
        }

        private ArmSyntax CallExpression()
        {
            var name = Identifier();
            Expect('(');
            var arguments = new List<ArmSyntax>();
            SkipSpace();
            if (Peek() == ')') { position++; return new Call(name, arguments); }
            while (true)
            {
                arguments.Add(Expression());
                SkipSpace();
                if (Peek() == ',') { position++; continue; }
                Expect(')');
                return new Call(name, arguments);
            }
        }

        private string QuotedText()
        {
            Expect('\'');
            var value = new StringBuilder();
            while (true)
            {
                if (position >= text.Length) throw new FormatException($"Unclosed string in [{text}]");
                var c = text[position++];
                if (c != '\'') { value.Append(c); continue; }
                if (Peek() == '\'') { value.Append('\''); position++; continue; }
                return value.ToString();
            }
        }

        private long NumberLiteral()
        {
            var start = position;
            if (Peek() == '-') position++;
            while (char.IsDigit(Peek())) position++;
            return long.Parse(text[start..position], CultureInfo.InvariantCulture);
        }

        private string Identifier()
        {
            SkipSpace();
            var start = position;
            while (char.IsLetterOrDigit(Peek()) || Peek() == '_') position++;
            if (start == position) throw new FormatException($"Expected a name at {position} in [{text}]");
            return text[start..position];
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Peek() != c) throw new FormatException($"Expected '{c}' at {position} in [{text}]");
            position++;
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private void SkipSpace()
        {
            while (char.IsWhiteSpace(Peek())) position++;
        }
    }
}
