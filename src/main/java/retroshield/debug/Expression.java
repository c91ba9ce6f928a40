package retroshield.debug;

/**
 * A parsed condition or value: registers, flags, memory, numbers, symbols and operators. Built
 * by {@link ExpressionParser}; evaluating never throws (memory wraps at $FFFF, division by zero
 * gives 0).
 */
@FunctionalInterface
public interface Expression {

    int eval(EvalContext context);

    /** Whether the result is a byte (8-bit register, flag, memory byte), for formatting. */
    default boolean isByte() {
        return false;
    }

    /** A condition is true when its value is not 0. */
    default boolean test(EvalContext context) {
        return eval(context) != 0;
    }
}
