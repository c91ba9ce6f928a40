package retroshield.debug;

/**
 * A PC breakpoint or log point. A log point ({@link #logMessage()} not null) prints its message
 * and does not stop. The hit count counts the times the condition held.
 */
public final class Breakpoint {

    private final int id;
    private final int address;
    private final String conditionText;
    private final Expression condition;
    private final LogMessage logMessage;
    private boolean enabled = true;
    private long hits;

    Breakpoint(int id, int address, String conditionText, Expression condition, LogMessage logMessage) {
        this.id = id;
        this.address = address & 0xFFFF;
        this.conditionText = conditionText;
        this.condition = condition;
        this.logMessage = logMessage;
    }

    public int id() {
        return id;
    }

    public int address() {
        return address;
    }

    /** The condition as typed, or null. */
    public String conditionText() {
        return conditionText;
    }

    public LogMessage logMessage() {
        return logMessage;
    }

    public boolean isLogPoint() {
        return logMessage != null;
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

    /** Evaluates the condition; counts a hit when it holds. */
    boolean hit(EvalContext context) {
        if (!enabled || (condition != null && !condition.test(context))) {
            return false;
        }
        hits++;
        return true;
    }

    /** Whether it would stop here, without counting (reverse continue's search). */
    boolean wouldStop(EvalContext context) {
        return enabled && !isLogPoint() && (condition == null || condition.test(context));
    }

    @Override
    public String toString() {
        return "#" + id + " " + Hex.word16(address) + (enabled ? "" : " (disabled)")
                + (conditionText != null ? " if " + conditionText : "")
                + (logMessage != null ? " log \"" + logMessage.text() + "\"" : "") + ", " + hits + " hit" + (hits == 1 ? "" : "s");
    }
}
