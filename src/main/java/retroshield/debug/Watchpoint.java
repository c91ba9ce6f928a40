package retroshield.debug;

/**
 * A watchpoint on a memory range (read, write or both), or an I/O breakpoint on a port
 * (IN, OUT or both), with an optional condition that may use {@code value} and
 * {@code address}.
 */
public final class Watchpoint {

    /** What a watchpoint catches. */
    public enum Kind {
        READ, WRITE, ACCESS, IN, OUT, IO;

        boolean catchesRead() {
            return this == READ || this == ACCESS;
        }

        boolean catchesWrite() {
            return this == WRITE || this == ACCESS;
        }

        boolean catchesIn() {
            return this == IN || this == IO;
        }

        boolean catchesOut() {
            return this == OUT || this == IO;
        }

        boolean isPort() {
            return this == IN || this == OUT || this == IO;
        }
    }

    private final int id;
    private final int start;
    private final int end;
    private final Kind kind;
    private final String conditionText;
    private final Expression condition;
    private boolean enabled = true;
    private long hits;

    Watchpoint(int id, int start, int end, Kind kind, String conditionText, Expression condition) {
        this.id = id;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.conditionText = conditionText;
        this.condition = condition;
    }

    public int id() {
        return id;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    public boolean enabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long hits() {
        return hits;
    }

    boolean covers(int address) {
        return address >= start && address <= end;
    }

    boolean hit(EvalContext context) {
        if (!enabled || (condition != null && !condition.test(context))) {
            return false;
        }
        hits++;
        return true;
    }

    @Override
    public String toString() {
        String where = kind.isPort() ? "port " + Hex.byte8(start)
                : start == end ? Hex.word16(start) : Hex.word16(start) + "-" + Hex.word16(end);
        return "#" + id + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + where
                + (enabled ? "" : " (disabled)") + (conditionText != null ? " if " + conditionText : "")
                + ", " + hits + " hit" + (hits == 1 ? "" : "s");
    }
}
