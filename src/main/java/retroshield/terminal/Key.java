package retroshield.terminal;

/** Keys that do not type a character of their own; {@link KeyEncoder} turns them into bytes. */
public enum Key {
    ENTER, BACKSPACE, DELETE, TAB, ESCAPE,
    UP, DOWN, LEFT, RIGHT,
    HOME, END, INSERT, PAGE_UP, PAGE_DOWN,
    F1, F2, F3, F4
}
