package retroshield.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import retroshield.debug.Breakpoint;
import retroshield.debug.Debugger;
import retroshield.debug.Disassembly;
import retroshield.debug.Register;
import retroshield.debug.SourceLine;
import retroshield.debug.StopReason;
import retroshield.debug.Watchpoint;
import retroshield.machine.Machine;
import retroshield.machine.SaveStateFile;

/**
 * The {@code debug} command's line-oriented debugger: reads commands (from the terminal or a
 * {@code --commands} script), prints replies; the firmware's serial output goes to the same
 * stream, and {@code type} sends it input. Every mistake is a one-line message, never a crash.
 */
final class DebugConsole {

    static final long DEFAULT_RUN_LIMIT = 50_000_000;

    private final Debugger dbg;
    private final Machine machine;
    private final PrintStream out;
    private final long clockHz;
    private boolean echoCommands;
    private int lastOutput = '\n';
    private int errors;

    DebugConsole(Debugger debugger, PrintStream out, long clockHz) {
        this.dbg = debugger;
        this.machine = debugger.machine();
        this.out = out;
        this.clockHz = clockHz;
        machine.serialHost().addOutputListener(b -> {
            out.write(b);
            lastOutput = b;
        });
        dbg.setLog(line -> say("log: " + line));
    }

    /** Prints each command before its reply (for scripts). */
    void setEchoCommands(boolean echo) {
        this.echoCommands = echo;
    }

    /** Commands that failed so far. */
    int errors() {
        return errors;
    }

    /** Runs commands until the end of input or {@code quit}. */
    void run(BufferedReader in, boolean prompt) throws IOException {
        while (true) {
            if (prompt) {
                newLineIfNeeded();
                out.print("(debug) ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return;
            }
            if (echoCommands) {
                say("(debug) " + line);
            }
            if (!execute(line.trim())) {
                return;
            }
            out.flush();
        }
    }

    /** Executes one command; false for {@code quit}. */
    boolean execute(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        String[] words = line.split("\\s+", 2);
        String cmd = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].trim() : "";
        try {
            switch (cmd) {
                case "quit", "q", "exit" -> {
                    return false;
                }
                case "help", "h", "?" -> help();
                case "break", "b" -> addBreak(rest);
                case "watch", "w" -> addWatch(rest);
                case "iobreak", "io" -> addIoBreak(rest);
                case "delete", "d" -> say(dbg.remove(number(rest)) ? "deleted #" + rest : "no breakpoint #" + rest);
                case "enable" -> say(dbg.setEnabled(number(rest), true) ? "enabled #" + rest : "no breakpoint #" + rest);
                case "disable" -> say(dbg.setEnabled(number(rest), false) ? "disabled #" + rest : "no breakpoint #" + rest);
                case "info", "list", "breakpoints" -> listBreakpoints();
                case "step", "s" -> stopped(steps(rest, () -> dbg.stepInto()));
                case "next", "n" -> stopped(steps(rest, () -> dbg.stepOver(DEFAULT_RUN_LIMIT)));
                case "finish", "f" -> stopped(dbg.stepOut(DEFAULT_RUN_LIMIT));
                case "continue", "c", "run" -> stopped(dbg.run(rest.isEmpty() ? DEFAULT_RUN_LIMIT : count(rest)));
                case "until", "runto" -> stopped(dbg.runTo(dbg.address(rest), DEFAULT_RUN_LIMIT));
                case "rstep", "rs" -> stopped(dbg.reverseStep(rest.isEmpty() ? 1 : count(rest)));
                case "rcontinue", "rc" -> stopped(dbg.reverseContinue());
                case "history" -> history(rest);
                case "regs", "r" -> regs();
                case "x" -> examine(rest);
                case "disas", "u" -> disassemble(rest);
                case "set" -> set(rest);
                case "print", "p" -> {
                    int v = dbg.evaluate(rest);
                    say(String.format("%s = $%04X (%d)", rest, v & 0xFFFF, v));
                }
                case "type" -> machine.serialHost().send(machine.metadata().input().translate(RunCommand.unescape(rest)));
                case "save" -> {
                    SaveStateFile.write(Path.of(rest), machine.snapshot());
                    say("saved the machine to " + rest);
                }
                case "load" -> {
                    machine.restore(SaveStateFile.read(Path.of(rest)));
                    dbg.setHistory(dbg.historyLength());
                    say("loaded " + rest + " (history restarts here)");
                    where();
                }
                case "symbols", "sym" -> symbols(rest);
                case "stopwatch", "sw" -> stopwatch(rest);
                case "halt" -> {
                    dbg.setBreakOnHalt(onOff(rest));
                    say("break on HALT: " + (dbg.breakOnHalt() ? "on" : "off"));
                }
                case "romwrite" -> {
                    dbg.setBreakOnRomWrite(onOff(rest));
                    say("break on writes to ROM: " + (dbg.breakOnRomWrite() ? "on" : "off"));
                }
                case "where" -> where();
                case "chip" -> {
                    say(retroshield.debug.ChipView.describe(machine.serialDevice()));
                    say("input queue: " + machine.serialHost().pendingInput() + " bytes");
                }
                default -> fail("unknown command \"" + words[0] + "\" (help lists them)");
            }
        } catch (IllegalArgumentException | IOException e) {
            fail(e.getMessage());
        }
        return true;
    }

    private StopReason steps(String rest, java.util.function.Supplier<StopReason> one) {
        long n = rest.isEmpty() ? 1 : count(rest);
        StopReason r = null;
        for (long i = 0; i < n; i++) {
            r = one.get();
            if (r.kind() != StopReason.Kind.STEP) {
                break;
            }
        }
        return r;
    }

    private void addBreak(String rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("break ADDRESS [if CONDITION] [log \"MESSAGE\"]");
        }
        String log = null;
        int logAt = rest.indexOf(" log ");
        if (logAt >= 0) {
            log = stripQuotes(rest.substring(logAt + 5).trim());
            rest = rest.substring(0, logAt).trim();
        }
        String condition = null;
        int ifAt = rest.indexOf(" if ");
        if (ifAt >= 0) {
            condition = rest.substring(ifAt + 4).trim();
            rest = rest.substring(0, ifAt).trim();
        }
        Breakpoint b = dbg.addBreakpoint(dbg.address(rest), condition, log);
        say((b.isLogPoint() ? "log point " : "breakpoint ") + b);
    }

    private void addWatch(String rest) {
        say("watchpoint " + dbg.addWatchpoint(rest));
    }

    private void addIoBreak(String rest) {
        String[] parts = rest.split("\\s+", 2);
        Watchpoint.Kind kind = Watchpoint.Kind.IO;
        String mode = parts[0].toLowerCase(Locale.ROOT);
        if (mode.equals("in") || mode.equals("out")) {
            kind = mode.equals("in") ? Watchpoint.Kind.IN : Watchpoint.Kind.OUT;
            rest = parts.length > 1 ? parts[1] : "";
        }
        String condition = null;
        int ifAt = rest.indexOf(" if ");
        if (ifAt >= 0) {
            condition = rest.substring(ifAt + 4).trim();
            rest = rest.substring(0, ifAt).trim();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("iobreak [in|out] PORT [if CONDITION]");
        }
        say("I/O breakpoint " + dbg.addIoBreakpoint(dbg.evaluate(rest), kind, condition));
    }

    private void listBreakpoints() {
        if (dbg.breakpoints().isEmpty() && dbg.watchpoints().isEmpty()) {
            say("no breakpoints or watchpoints");
        }
        dbg.breakpoints().forEach(b -> say((b.isLogPoint() ? "log point " : "breakpoint ") + b));
        dbg.watchpoints().forEach(w -> say("watch " + w));
    }

    private void history(String rest) {
        if (!rest.isEmpty()) {
            dbg.setHistory(count(rest));
        }
        say("history: " + (dbg.historyLength() == 0 ? "off" : "keeps " + dbg.historyLength() + " instructions, "
                + dbg.historyAvailable() + " available"));
    }

    private void stopped(StopReason r) {
        say(r.message());
        where();
    }

    private void where() {
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

    private void regs() {
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

    private void examine(String rest) {
        String[] parts = rest.isEmpty() ? new String[] {"PC"} : rest.split("\\s+");
        int address = dbg.address(parts[0]);
        int length = parts.length > 1 ? (int) Math.min(0x10000, count(parts[1])) : 64;
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

    private void disassemble(String rest) {
        String[] parts = rest.isEmpty() ? new String[] {"PC"} : rest.split("\\s+");
        int address = dbg.address(parts[0]);
        int n = parts.length > 1 ? (int) Math.min(10_000, count(parts[1])) : 10;
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

    private void set(String rest) {
        int eq = rest.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("set REGISTER=VALUE, set byte ADDRESS=VALUE or set word ADDRESS=VALUE");
        }
        String target = rest.substring(0, eq).trim();
        int value = dbg.evaluate(rest.substring(eq + 1).trim());
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("byte ") || lower.startsWith("word ")) {
            int address = dbg.address(target.substring(5).trim());
            machine.memory().poke(address, value & 0xFF);
            if (lower.startsWith("word ")) {
                machine.memory().poke(address + 1, (value >> 8) & 0xFF);
            }
            say(String.format("%s = $%04X", target, value & 0xFFFF));
            return;
        }
        Register r = Register.byName(target);
        if (r == null) {
            throw new IllegalArgumentException("\"" + target + "\" is not a register or flag");
        }
        dbg.setRegister(r, value);
        say(String.format("%s = $%04X", r.text(), r.of(machine.cpu().state())));
    }

    private void symbols(String filter) {
        Map<Integer, String> sorted = new TreeMap<>();
        dbg.symbols().names().forEach((name, address) -> {
            if (filter.isEmpty() || name.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT))) {
                sorted.merge(address, name, (a, b) -> a + " " + b);
            }
        });
        sorted.forEach((a, n) -> say(String.format("$%04X  %s", a, n)));
        say(sorted.size() + " address(es); " + dbg.symbols().lineCount() + " C source lines known");
    }

    private void stopwatch(String rest) {
        if (rest.equalsIgnoreCase("reset")) {
            dbg.resetStopwatch();
        }
        say(String.format("stopwatch: %d T-states = %.6f s at %.3f MHz", dbg.stopwatch(),
                dbg.stopwatchSeconds(clockHz), clockHz / 1e6));
    }

    private void help() {
        for (String h : new String[] {
            "break ADDR [if COND] [log \"TEXT {EXPR}\"]   breakpoint or log point (b); ADDR: $1234, symbol, expr",
            "watch [r|w|rw] ADDR[..END|:LEN] [if COND]    watchpoint (COND may use value, address)",
            "iobreak [in|out] PORT [if COND]               I/O breakpoint",
            "halt on|off, romwrite on|off                  break on HALT / on writes to ROM",
            "info, delete N, enable N, disable N           the breakpoint list",
            "step [N] (s), next [N] (n), finish (f)        step into / over / out",
            "continue [N] (c), until ADDR                  run (at most N instructions), run to ADDR",
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

    private void say(String text) {
        newLineIfNeeded();
        out.println(text);
        lastOutput = '\n';
    }

    private void fail(String message) {
        errors++;
        say("error: " + message);
    }

    private void newLineIfNeeded() {
        if (lastOutput != '\n') {
            out.println();
            lastOutput = '\n';
        }
    }

    private int number(String text) {
        try {
            return Integer.parseInt(text.trim().replace("#", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a breakpoint number, got \"" + text + "\"");
        }
    }

    private long count(String text) {
        long v = dbg.evaluate(text.replace("_", "")) & 0xFFFFFFFFL;
        if (v <= 0) {
            throw new IllegalArgumentException("expected a positive count, got \"" + text + "\"");
        }
        return v;
    }

    private static boolean onOff(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "1", "yes", "true" -> true;
            case "off", "0", "no", "false" -> false;
            default -> throw new IllegalArgumentException("expected on or off, got \"" + text + "\"");
        };
    }

    private static String stripQuotes(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
