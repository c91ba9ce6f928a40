package retroshield.debug;

import java.util.ArrayList;
import java.util.List;

/**
 * A log point's message: text with {@code {expression}} parts, e.g. {@code PC={PC} A={A}
 * next=(HL)={(HL)}}. Byte-sized values print as {@code $0D}, others as {@code $1234};
 * {@code {expr:d}} prints decimal. {@code {{} and {@code }}} are literal braces.
 */
public final class LogMessage {

    private final String text;
    private final List<Object> parts = new ArrayList<>();

    public LogMessage(String text, ExpressionParser parser) {
        this.text = text;
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("log message \"" + text + "\": the '{' at column " + (i + 1)
                            + " is never closed");
                }
                parts.add(literal.toString());
                literal.setLength(0);
                String inner = text.substring(i + 1, close);
                boolean decimal = inner.endsWith(":d");
                parts.add(new Part(parser.parse(decimal ? inner.substring(0, inner.length() - 2) : inner), decimal));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(literal.toString());
    }

    private record Part(Expression expression, boolean decimal) {
    }

    public String text() {
        return text;
    }

    public String format(EvalContext context) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Part part) {
                int v = part.expression().eval(context);
                if (part.decimal()) {
                    sb.append(v);
                } else if (part.expression().isByte()) {
                    sb.append(Hex.byte8(v));
                } else {
                    sb.append(Hex.word16(v));
                }
            } else {
                sb.append((String) p);
            }
        }
        return sb.toString();
    }
}
