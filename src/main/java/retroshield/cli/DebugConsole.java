package retroshield.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import retroshield.debug.Breakpoint;
import retroshield.debug.Debugger;
import retroshield.debug.Register;
import retroshield.debug.StopReason;
import retroshield.debug.Watchpoint;
import retroshield.machine.Machine;
import retroshield.machine.SaveStateFile;

/**
 * The {@code debug} command's line-oriented debugger: reads commands (from the terminal or a
 * {@code --commands} script), prints replies; the firmware's serial output goes to the same
 * stream, and {@code type} sends it input. What it prints about the machine comes from a
 * {@link DebugPrinter}; this class parses the commands. Every mistake is a one-line message, never a crash.
 */
final class DebugConsole {

    static final long DEFAULT_RUN_LIMIT = 50_000_000;

    private final Debugger dbg;
    private final Machine machine;
    private final PrintStream out;
    private final long clockHz;
    private final DebugPrinter printer;
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
        this.printer = new DebugPrinter(debugger, this::say);
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
                case "help", "h", "?" -> printer.help();
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
                case "continue", "cont", "c", "run" -> stopped(dbg.run(rest.isEmpty() ? DEFAULT_RUN_LIMIT : count(rest)));
                case "until", "runto" -> stopped(dbg.runTo(dbg.address(rest), DEFAULT_RUN_LIMIT));
                case "rstep", "rs" -> stopped(dbg.reverseStep(rest.isEmpty() ? 1 : count(rest)));
                case "rcontinue", "rc" -> stopped(dbg.reverseContinue());
                case "history" -> history(rest);
                case "regs", "r" -> printer.registers();
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
                    printer.where();
                }
                case "symbols", "sym" -> printer.symbols(rest);
                case "stopwatch", "sw" -> stopwatch(rest);
                case "halt" -> {
                    dbg.setBreakOnHalt(onOff(rest));
                    say("break on HALT: " + (dbg.breakOnHalt() ? "on" : "off"));
                }
                case "romwrite" -> {
                    dbg.setBreakOnRomWrite(onOff(rest));
                    say("break on writes to ROM: " + (dbg.breakOnRomWrite() ? "on" : "off"));
                }
                case "where" -> printer.where();
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
        printer.where();
    }

    private void examine(String rest) {
        String[] parts = rest.isEmpty() ? new String[] {"PC"} : rest.split("\\s+");
        int address = dbg.address(parts[0]);
        printer.memory(address, parts.length > 1 ? (int) Math.min(0x10000, count(parts[1])) : 64);
    }

    private void disassemble(String rest) {
        String[] parts = rest.isEmpty() ? new String[] {"PC"} : rest.split("\\s+");
        int address = dbg.address(parts[0]);
        printer.disassembly(address, parts.length > 1 ? (int) Math.min(10_000, count(parts[1])) : 10);
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

    private void stopwatch(String rest) {
        if (rest.equalsIgnoreCase("reset")) {
            dbg.resetStopwatch();
        }
        say(String.format("stopwatch: %d T-states = %.6f s at %.3f MHz", dbg.stopwatch(),
                dbg.stopwatchSeconds(clockHz), clockHz / 1e6));
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
