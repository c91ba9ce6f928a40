package retroshield.cpu;

/**
 * Called by {@link Z80#run(long)} before each instruction while a hook is set. When no hook is
 * set the Z80 runs a loop that never looks at it, so debugging costs nothing when unused.
 */
@FunctionalInterface
public interface DebugHook {

    /**
     * @param pc the address of the instruction about to execute
     * @return true to stop {@code run} before that instruction executes
     */
    boolean beforeInstruction(int pc);
}
