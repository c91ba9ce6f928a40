package retroshield.debug;

/** What a breakpoint condition or log message can read: registers, flags, memory, the access. */
public interface EvalContext {

    /** A register's value (8- or 16-bit), or a flag (0 or 1). */
    int register(Register register);

    /** The byte at {@code address} (no side effects). */
    int readByte(int address);

    /** For a watchpoint or I/O breakpoint: the value read or written; otherwise 0. */
    default int accessValue() {
        return 0;
    }

    /** For a watchpoint or I/O breakpoint: the address or port accessed; otherwise 0. */
    default int accessAddress() {
        return 0;
    }
}
