package retroshield.debug;

import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Parses conditions such as {@code A == $0D && (HL) != 0}, {@code BC > 100},
 * {@code byte($2000) == 7}, {@code ZF && word(SP) == loop}.
 *
 * <ul>
 *   <li>Numbers: {@code $1F}, {@code 0x1F}, {@code 1Fh}, {@code %1010}, {@code 31}, {@code 'A'}.</li>
 *   <li>Names: registers ({@link Register}), flags {@code ZF CF SF PF VF HF NF}, symbols from the
 *       {@link SymbolTable} (their address), {@code value} and {@code address} (the access a
 *       watchpoint or I/O breakpoint caught).</li>
 *   <li>Memory: {@code byte(x)}, {@code word(x)}, and the Z80 way {@code (HL)}, {@code ($2000)},
 *       {@code (IX+5)}, {@code (label)}: parentheses around a 16-bit register, a number or a
 *       symbol (optionally plus/minus a number) read the byte there; any other parentheses
 *       group. Square brackets always group.</li>
 *   <li>Operators, loosest first: {@code ||}, {@code &&}, {@code == != < <= > >=},
 *       {@code |}, {@code ^}, {@code &}, {@code << >>}, {@code + -}, {@code * / %},
 *       unary {@code - ! ~}.</li>
 * </ul>
 */
public final class ExpressionParser {

    private final SymbolTable symbols;

    public ExpressionParser(SymbolTable symbols) {
        this.symbols = symbols == null ? SymbolTable.EMPTY : symbols;
    }

    /**
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public Expression parse(String text) {
        return new Run(text).parseAll();
    }

    /** A node with the facts the parser needs about it. */
    private record Node(ToIntFunction<EvalContext> f, boolean isByte, boolean addressLike) implements Expression {
        @Override
        public int eval(EvalContext c) {
            return f.applyAsInt(c);
        }
    }

    private final class Run {
        private final String s;
        private int pos;

        Run(String s) {
            this.s = s;
        }

        Expression parseAll() {
            skip();
            if (pos >= s.length()) {
                throw error("an expression");
            }
            Node n = or();
            skip();
            if (pos < s.length()) {
                throw error("an operator or the end");
            }
            return n;
        }

        private IllegalArgumentException error(String expected) {
            String at = pos >= s.length() ? "the end" : "\"" + s.substring(pos, Math.min(s.length(), pos + 10)) + "\"";
            return new IllegalArgumentException("in \"" + s + "\" at column " + (pos + 1) + ": expected " + expected
                    + ", found " + at);
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private boolean eat(String op) {
            skip();
            if (s.startsWith(op, pos)) {
                // do not take "<" out of "<<" or "<=", "&" out of "&&", "|" out of "||", "=" alone
                if (op.length() == 1 && pos + 1 < s.length()) {
                    char next = s.charAt(pos + 1);
                    char c = op.charAt(0);
                    if ((c == '&' || c == '|' || c == '<' || c == '>') && next == c) {
                        return false;
                    }
                    if ((c == '<' || c == '>' || c == '!') && next == '=') {
                        return false;
                    }
                }
                pos += op.length();
                return true;
            }
            return false;
        }

        private Node bin(Node a, Node b, java.util.function.IntBinaryOperator op) {
            return new Node(c -> op.applyAsInt(a.eval(c), b.eval(c)), false, false);
        }

        private Node or() {
            Node n = and();
            while (eat("||")) {
                Node a = n;
                Node b = and();
                n = new Node(c -> a.test(c) || b.test(c) ? 1 : 0, false, false);
            }
            return n;
        }

        private Node and() {
            Node n = cmp();
            while (eat("&&")) {
                Node a = n;
                Node b = cmp();
                n = new Node(c -> a.test(c) && b.test(c) ? 1 : 0, false, false);
            }
            return n;
        }

        private Node cmp() {
            Node n = bitOr();
            while (true) {
                if (eat("==")) {
                    n = bin(n, bitOr(), (x, y) -> x == y ? 1 : 0);
                } else if (eat("!=")) {
                    n = bin(n, bitOr(), (x, y) -> x != y ? 1 : 0);
                } else if (eat("<=")) {
                    n = bin(n, bitOr(), (x, y) -> x <= y ? 1 : 0);
                } else if (eat(">=")) {
                    n = bin(n, bitOr(), (x, y) -> x >= y ? 1 : 0);
                } else if (eat("<")) {
                    n = bin(n, bitOr(), (x, y) -> x < y ? 1 : 0);
                } else if (eat(">")) {
                    n = bin(n, bitOr(), (x, y) -> x > y ? 1 : 0);
                } else if (eat("=")) {
                    n = bin(n, bitOr(), (x, y) -> x == y ? 1 : 0);
                } else {
                    return n;
                }
            }
        }

        private Node bitOr() {
            Node n = bitXor();
            while (eat("|")) {
                n = bin(n, bitXor(), (x, y) -> x | y);
            }
            return n;
        }

        private Node bitXor() {
            Node n = bitAnd();
            while (eat("^")) {
                n = bin(n, bitAnd(), (x, y) -> x ^ y);
            }
            return n;
        }

        private Node bitAnd() {
            Node n = shift();
            while (eat("&")) {
                n = bin(n, shift(), (x, y) -> x & y);
            }
            return n;
        }

        private Node shift() {
            Node n = sum();
            while (true) {
                if (eat("<<")) {
                    n = bin(n, sum(), (x, y) -> x << (y & 31));
                } else if (eat(">>")) {
                    n = bin(n, sum(), (x, y) -> x >>> (y & 31));
                } else {
                    return n;
                }
            }
        }

        private Node sum() {
            Node n = product();
            while (true) {
                if (eat("+")) {
                    Node a = n;
                    Node b = product();
                    boolean addr = a.addressLike() && isConstant(b);
                    n = new Node(c -> a.eval(c) + b.eval(c), false, addr);
                } else if (eat("-")) {
                    Node a = n;
                    Node b = product();
                    boolean addr = a.addressLike() && isConstant(b);
                    n = new Node(c -> a.eval(c) - b.eval(c), false, addr);
                } else {
                    return n;
                }
            }
        }

        private boolean isConstant(Node n) {
            return n.addressLike();
        }

        private Node product() {
            Node n = unary();
            while (true) {
                if (eat("*")) {
                    n = bin(n, unary(), (x, y) -> x * y);
                } else if (eat("/")) {
                    n = bin(n, unary(), (x, y) -> y == 0 ? 0 : x / y);
                } else if (eat("%")) {
                    n = bin(n, unary(), (x, y) -> y == 0 ? 0 : x % y);
                } else {
                    return n;
                }
            }
        }

        private Node unary() {
            if (eat("-")) {
                Node a = unary();
                return new Node(c -> -a.eval(c), false, false);
            }
            if (eat("!")) {
                Node a = unary();
                return new Node(c -> a.eval(c) == 0 ? 1 : 0, false, false);
            }
            if (eat("~")) {
                Node a = unary();
                return new Node(c -> ~a.eval(c), false, false);
            }
            return primary();
        }

        private Node primary() {
            skip();
            if (pos >= s.length()) {
                throw error("a number, register, symbol or '('");
            }
            char ch = s.charAt(pos);
            if (ch == '(') {
                pos++;
                Node inner = or();
                expect(")");
                if (inner.addressLike()) {
                    return new Node(c -> c.readByte(inner.eval(c) & 0xFFFF), true, false);
                }
                return inner;
            }
            if (ch == '[') {
                pos++;
                Node inner = or();
                expect("]");
                return new Node(inner.f(), inner.isByte(), false);
            }
            if (ch == '\'' && pos + 2 < s.length() && s.charAt(pos + 2) == '\'') {
                int v = s.charAt(pos + 1);
                pos += 3;
                return new Node(c -> v, true, false);
            }
            if (ch == '$' || ch == '%' && pos + 1 < s.length() && (s.charAt(pos + 1) == '0' || s.charAt(pos + 1) == '1')
                    || Character.isDigit(ch)) {
                int v = number();
                return new Node(c -> v, false, true);
            }
            if (Character.isLetter(ch) || ch == '_' || ch == '.') {
                return name();
            }
            throw error("a number, register, symbol or '('");
        }

        private void expect(String close) {
            if (!eat(close)) {
                throw error("'" + close + "'");
            }
        }

        private int number() {
            int start = pos;
            int radix = 10;
            if (s.charAt(pos) == '$') {
                radix = 16;
                pos++;
            } else if (s.charAt(pos) == '%') {
                radix = 2;
                pos++;
            } else if (s.startsWith("0x", pos) || s.startsWith("0X", pos)) {
                radix = 16;
                pos += 2;
            }
            int digitsStart = pos;
            while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(digitsStart, pos);
            if (radix == 10 && (digits.endsWith("h") || digits.endsWith("H"))) {
                radix = 16;
                digits = digits.substring(0, digits.length() - 1);
            }
            try {
                long v = Long.parseLong(digits, radix);
                if (v > 0xFFFFFFFFL) {
                    throw new NumberFormatException();
                }
                return (int) v;
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number ($1F, 0x1F, 1Fh, %1010 or 31)");
            }
        }

        private Node name() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '.' || s.charAt(pos) == '$' && pos > start)) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '\'') {
                pos++;
            }
            String word = s.substring(start, pos);
            String lower = word.toLowerCase(Locale.ROOT);
            skip();
            if ((lower.equals("byte") || lower.equals("word")) && pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                Node inner = or();
                expect(")");
                if (lower.equals("byte")) {
                    return new Node(c -> c.readByte(inner.eval(c) & 0xFFFF), true, false);
                }
                return new Node(c -> {
                    int a = inner.eval(c) & 0xFFFF;
                    return c.readByte(a) | (c.readByte((a + 1) & 0xFFFF) << 8);
                }, false, false);
            }
            if (lower.equals("value")) {
                return new Node(EvalContext::accessValue, true, false);
            }
            if (lower.equals("address") || lower.equals("port")) {
                return new Node(EvalContext::accessAddress, false, false);
            }
            Register r = Register.byName(word);
            if (r != null) {
                return new Node(c -> c.register(r), r.bits() <= 8, r.bits() == 16);
            }
            Integer address = symbols.addressOf(word);
            if (address != null) {
                int v = address;
                return new Node(c -> v, false, true);
            }
            pos = start;
            throw error("a register, flag or known symbol (\"" + word + "\" is none of them)");
        }
    }
}
