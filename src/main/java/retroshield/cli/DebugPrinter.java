package retroshield.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import retroshield.debug.Debugger;
import retroshield.debug.Disassembly;
import retroshield.debug.SourceLine;
import retroshield.machine.Machine;

/**
 * What the {@code debug} command prints about the machine: where it stopped, the registers,
 * memory, disassembly with symbols and T-states, the symbol list and the help text, one line
 * at a time to {@code say}. {@link DebugConsole} parses the commands.
 */
final class DebugPrinter {

    private final Debugger dbg;
    private final Machine machine;
    private final Consumer<String> out;

    DebugPrinter(Debugger debugger, Consumer<String> say) {
        this.dbg = debugger;
        this.machine = debugger.machine();
        this.out = say;
    }

    private void say(String line) {
        out.accept(line);
    }

    /** The line at PC: address, symbol, instruction, T-states, C source line. */
    void where() {
        int pc = machine.cpu().pc();
        Disassembly d = dbg.disassemble(pc);
        SourceLine line = dbg.symbols().lineAt(pc);
        say(String.format("=> %s  %-22s T=%d  (last %d T)%s", label(pc), d.text(), dbg.cycles(),
                dbg.lastInstructionCycles(), line == null ? "" : "  [" + line + "]"));
    }

    private String label(int address) {
        String name = dbg.symbols().describe(address);
        return String.format("$%04X", address) + (name == null ? "" : " <" + name + ">");
    }

    void registers() {
        var s = machine.cpu().state();
        int f = s.af() & 0xFF;
        say(String.format("AF=%04X BC=%04X DE=%04X HL=%04X IX=%04X IY=%04X SP=%04X PC=%04X",
                s.af(), s.bc(), s.de(), s.hl(), s.ix(), s.iy(), s.sp(), s.pc()));
        say(String.format("AF'=%04X BC'=%04X DE'=%04X HL'=%04X I=%02X R=%02X IM %d IFF1=%d IFF2=%d%s",
                s.af2(), s.bc2(), s.de2(), s.hl2(), s.i(), s.r(), s.im(), s.iff1() ? 1 : 0, s.iff2() ? 1 : 0,
                s.halted() ? " HALTED" : ""));
        say("flags " + flag(f, 0x80, 'S') + flag(f, 0x40, 'Z') + flag(f, 0x20, '5') + flag(f, 0x10, 'H')
                + flag(f, 0x08, '3') + flag(f, 0x04, 'P') + flag(f, 0x02, 'N') + flag(f, 0x01, 'C')
                + "  T-states " + s.cycles() + "  instructions " + dbg.position());
    }

    private static char flag(int f, int bit, char name) {
        return (f & bit) != 0 ? name : '-';
    }

    /** {@code length} bytes from {@code address}, 16 a line, hex and ASCII. */
    void memory(int address, int length) {
        for (int row = 0; row < length; row += 16) {
            StringBuilder hex = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 16 && row + i < length; i++) {
                int b = machine.memory().read(address + row + i);
                hex.append(String.format("%02X ", b));
                text.append(b >= 32 && b < 127 ? (char) b : '.');
            }
            say(String.format("%04X  %-48s %s", (address + row) & 0xFFFF, hex, text));
        }
    }

    /** {@code n} instructions from {@code address}: PC and breakpoint marks, bytes, T-states, names. */
    void disassembly(int address, int n) {
        retroshield.debug.InstructionTiming timing = new retroshield.debug.InstructionTiming(machine.memory()::read);
        var cpuState = machine.cpu().state();
        for (int i = 0; i < n; i++) {
            Disassembly d = dbg.disassemble(address);
            String name = dbg.symbols().nameAt(address);
            if (name != null) {
                say(name + ":");
            }
            StringBuilder bytes = new StringBuilder();
            for (int k = 0; k < d.length(); k++) {
                bytes.append(String.format("%02X", machine.memory().read(address + k)));
            }
            say(String.format("%s%s%04X  %-9s %5sT  %s%s", address == machine.cpu().pc() ? "=>" : "  ",
                    dbg.hasBreakpointAt(address) ? "*" : " ", address, bytes, timing.tStates(cpuState, address),
                    d.text(), comment(d)));
            address = (address + d.length()) & 0xFFFF;
        }
    }

    /** Names the target of an instruction with a $XXXX operand that has a symbol. */
    private String comment(Disassembly d) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$([0-9A-F]{4})").matcher(d.text());
        if (m.find()) {
            String name = dbg.symbols().describe(Integer.parseInt(m.group(1), 16));
            if (name != null) {
                return "  ; " + name;
            }
        }
        return "";
    }

    void symbols(String filter) {
        Map<Integer, String> sorted = new TreeMap<>();
        dbg.symbols().names().forEach((name, address) -> {
            if (filter.isEmpty() || name.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT))) {
                sorted.merge(address, name, (a, b) -> a + " " + b);
            }
        });
        sorted.forEach((a, n) -> say(String.format("$%04X  %s", a, n)));
        say(sorted.size() + " address(es); " + dbg.symbols().lineCount() + " C source lines known");
    }

    void help() {
        for (String h : new String[] {
            "break ADDR [if COND] [log \"TEXT {EXPR}\"]   breakpoint or log point (b); ADDR: $1234, symbol, expr",
            "watch [r|w|rw] ADDR[..END|:LEN] [if COND]    watchpoint (COND may use value, address)",
            "iobreak [in|out] PORT [if COND]               I/O breakpoint",
            "halt on|off, romwrite on|off                  break on HALT / on writes to ROM",
            "info, delete N, enable N, disable N           the breakpoint list",
            "step [N] (s), next [N] (n), finish (f)        step into / over / out",
            "continue [N] (c, cont), until ADDR            run (at most N instructions), run to ADDR",
            "history N, rstep [N] (rs), rcontinue (rc)     keep N instructions; step / continue backwards",
            "regs (r), x [ADDR [LEN]], disas [ADDR [N]]    registers, memory, disassembly",
            "set REG=VAL, set byte ADDR=VAL, print EXPR    change and evaluate",
            "type TEXT                                     send input to the firmware (\\n is Enter)",
            "stopwatch [reset], where, symbols [FILTER]    T-states, position, names",
            "chip                                          the serial chip's registers, bit by bit",
            "save FILE, load FILE                          save states",
            "quit"}) {
            say(h);
        }
    }
}
