package retroshield.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retroshield.devices.InputOptions;
import retroshield.devices.InputPacing;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.machine.SaveStateFile;
import retroshield.rom.ChipType;
import retroshield.rom.LoadedRom;
import retroshield.rom.MemoryRegion;
import retroshield.rom.NumberText;
import retroshield.rom.RamFill;
import retroshield.rom.RomLoader;
import retroshield.rom.RomMetadata;
import retroshield.rom.SerialSpec;
import retroshield.rom.StorageSpec;

/** {@code retroshield run ROM}: runs a ROM on the terminal, or scripted from a file or a pipe. */
@Command(name = "run", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {
                "Run a ROM: its metadata .json, or a bare .bin, .hex or .ihx image.",
                "In a terminal the keyboard goes to the ROM (Ctrl+] quits). From a pipe or with"
                        + " --input the text is typed into the ROM; output goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done (--until text or the last --expect seen, --cycles reached, input used up and output quiet, Ctrl+])",
                "1:bad ROM, metadata or input file, or bad option",
                "2:--timeout passed (default 30 s when waiting for --until/--expect text)",
                "3:the CPU halted for good: interrupts disabled, or no interrupt wired to /INT"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  retroshield run roms/mint.json",
                "  echo '1 2 + .' | retroshield run roms/mint.json --until '3'",
                "  retroshield run roms/mint.json --expect '> ' --send '1 2 + .' --expect '3'",
                "  retroshield run basic.json --pacing line --prompt Ok --input listing.bas",
                "  retroshield run basic.bin --chip i8251 --rom 0000-1FFF --ram 2000-FFFF",
                "  retroshield run roms/monitor.json --speed mega --stats",
                "  retroshield run roms/mint.json --sd ~/retro-files"})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ROM", description = "Metadata file (.json) or image (.bin, .hex, .ihx).")
    Path rom;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Type the contents of FILE into the ROM (\\n is Enter) instead of reading standard input.")
    Path inputFile;

    @Option(names = "--until", paramLabel = "TEXT",
            description = "Exit 0 as soon as TEXT appears in the output. Escapes: \\n \\r \\t \\\\ \\xHH.")
    String until;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Exit 2 after SECONDS of wall time (fractions allowed; 0: never). Default: "
                    + DEFAULT_WAIT_TIMEOUT + " s with --until, --expect or --script, else none.")
    Double timeoutSeconds;

    /** Wall-time limit of a run that waits for text, when no --timeout is given. */
    static final double DEFAULT_WAIT_TIMEOUT = 30;

    @Option(names = "--send", paramLabel = "TEXT",
            description = "Type TEXT and Enter (repeatable; in order with --expect). Escapes as --until.")
    List<String> sends = new ArrayList<>();

    @Option(names = "--expect", paramLabel = "TEXT",
            description = "Wait until TEXT appears before the --send options that follow it (repeatable)."
                    + " The run ends with 0 once the last --expect is seen.")
    List<String> expects = new ArrayList<>();

    @Option(names = "--script", paramLabel = "FILE",
            description = "Steps from FILE, one a line: 'send TEXT' (with Enter), 'type TEXT' (without),"
                    + " 'expect TEXT'; # starts a comment. Standard input is then not read.")
    Path scriptFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycles", paramLabel = "N", description = "Exit 0 after N T-states.")
    long cycles;

    @Option(names = "--speed", paramLabel = "SPEED",
            description = "mega (95 kHz), 4mhz, unlimited, or a frequency (1000000, 500k, 2.5MHz)."
                    + " Default: the metadata clock in a terminal, unlimited when scripted.")
    String speed;

    @Option(names = "--chip", paramLabel = "CHIP", converter = OptionConverters.Chip.class,
            description = "mc6850 (ports $80/$81) or i8251 (ports $00/$01), replacing the metadata's chip.")
    ChipType chip;

    @Option(names = "--rom", paramLabel = "START-END", converter = OptionConverters.RomRegion.class,
            description = "A ROM region in hex, e.g. 0000-1FFF (repeatable). Any --rom/--ram replaces the metadata map.")
    List<MemoryRegion> romRegions = new ArrayList<>();

    @Option(names = "--ram", paramLabel = "START-END", converter = OptionConverters.RamRegion.class,
            description = "A RAM region in hex, e.g. 2000-FFFF (repeatable).")
    List<MemoryRegion> ramRegions = new ArrayList<>();

    @Option(names = "--ram-fill", paramLabel = "FILL", converter = OptionConverters.Fill.class, description = "RAM at power-on: zero, ff or random.")
    RamFill ramFill;

    @Option(names = "--interrupts", negatable = true,
            description = "Wire the chip's interrupt output to the Z80's /INT (default: metadata interruptDriven;"
                    + " on for bare images).")
    Boolean interrupts;

    @Option(names = "--baud", paramLabel = "N",
            description = "Pace the serial line at N baud (300..115200), input and output, instead of"
                    + " as fast as the ROM takes and gives bytes.")
    int baud;

    @Option(names = "--pacing", paramLabel = "MODE", converter = OptionConverters.Pacing.class,
            description = "How input is paced: none (as fast as the chip takes bytes), rts (also wait"
                    + " while the ROM holds RTS), echo (each byte after the echo of the previous), line (each"
                    + " line after the prompt, or the echoed line end and a pause). Default: the metadata's"
                    + " input.pacing, else rts.")
    InputPacing.Mode pacing;

    @Option(names = "--prompt", paramLabel = "TEXT",
            description = "For --pacing line: the text the ROM prints when it waits for a line (escapes as --until)."
                    + " Default: the metadata's input.prompt or ready.")
    String prompt;

    @Option(names = "--quiet", paramLabel = "SECONDS", defaultValue = "1",
            description = "When the input is used up (and no --until/--cycles), exit 0 after this much"
                    + " emulated time without output (default: ${DEFAULT-VALUE}).")
    double quietSeconds;

    @Option(names = "--sd", paramLabel = "FOLDER",
            description = "An SD card on ports $10-$19 backed by FOLDER (created if missing), replacing"
                    + " the metadata's \"storage\" folder.")
    Path sdFolder;

    @Option(names = "--log", paramLabel = "FILE", description = "Write the session (typed lines as '> ...', and the output) to FILE.")
    Path logFile;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write an instruction trace to FILE (large!).")
    Path traceFile;

    @Option(names = "--stats",
            description = "At exit, print the T-states run, the wall time and the clock speed achieved (on standard error).")
    boolean stats;

    @Option(names = "--load-state", paramLabel = "FILE",
            description = "Start from a save state (written by --save-state or the debugger's save) instead of power-on.")
    Path loadState;

    @Option(names = "--save-state", paramLabel = "FILE",
            description = "When the run ends, save the whole machine to FILE (continue it later with --load-state).")
    Path saveState;

    private Boolean interactive;
    private ExpectScript script;

    /**
     * The --send/--expect steps in command-line order, or the --script file's; null when none.
     * Picocli gives each option's values in order; their interleaving comes from the arguments.
     */
    private ExpectScript buildScript() throws IOException {
        if (scriptFile != null) {
            if (!sends.isEmpty() || !expects.isEmpty()) {
                throw new IllegalArgumentException("--script cannot be combined with --send/--expect");
            }
            return ExpectScript.read(scriptFile);
        }
        if (sends.isEmpty() && expects.isEmpty()) {
            return null;
        }
        List<ExpectScript.Step> steps = new ArrayList<>();
        java.util.Iterator<String> send = sends.iterator();
        java.util.Iterator<String> expect = expects.iterator();
        List<String> args = spec == null ? List.of() : spec.commandLine().getParseResult().originalArgs();
        int sent = 0;
        int awaited = 0;
        for (String arg : args) {
            if ((arg.equals("--send") || arg.startsWith("--send=")) && send.hasNext()) {
                steps.add(new ExpectScript.Step(false, unescape(send.next()) + "\n", "--send #" + (++sent)));
            } else if ((arg.equals("--expect") || arg.startsWith("--expect=")) && expect.hasNext()) {
                String text = unescape(expect.next());
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("--expect needs the text to wait for");
                }
                steps.add(new ExpectScript.Step(true, text, "--expect #" + (++awaited)));
            }
        }
        while (send.hasNext()) {
            steps.add(new ExpectScript.Step(false, unescape(send.next()) + "\n", "--send #" + (++sent)));
        }
        while (expect.hasNext()) {
            steps.add(new ExpectScript.Step(true, unescape(expect.next()), "--expect #" + (++awaited)));
        }
        return new ExpectScript(steps);
    }

    /** --timeout, or the default when the run waits for text. */
    double effectiveTimeout() {
        if (timeoutSeconds != null) {
            return timeoutSeconds;
        }
        return until != null || script != null ? DEFAULT_WAIT_TIMEOUT : 0;
    }
    private InputPacing pacingOverride;

    /** --pacing / --prompt over the metadata's pacing, or null when neither is given. */
    private InputPacing choosePacing(RomMetadata metadata) {
        if (pacing == null && prompt == null) {
            return null;
        }
        InputPacing result = metadata.input().pacing();
        if (pacing != null) {
            result = result.withMode(pacing);
        }
        if (prompt != null) {
            result = result.withPrompt(unescape(prompt));
        }
        return result.withDefaultPrompt(metadata.ready());
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        LoadedRom loaded;
        RomMetadata metadata;
        ClockSpeed clock;
        String untilText;
        try {
            validateNumbers();
            untilText = until == null ? null : unescape(until);
            script = buildScript();
            loaded = new RomLoader().load(rom);
            metadata = applyOverrides(loaded.metadata());
            clock = chooseSpeed(metadata);
            pacingOverride = choosePacing(metadata);
        } catch (IOException e) {
            err.println("run: " + explain(e));
            return ConsoleRun.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("run: " + e.getMessage());
            return ConsoleRun.EXIT_BAD_INPUT;
        }
        List<String> notices = metadata.memory().equals(loaded.metadata().memory()) ? loaded.notices()
                : withMapNotices(loaded.notices(), RomLoader.unmappedBytes(metadata, loaded.image()));
        if (chip != null || !romRegions.isEmpty() || !ramRegions.isEmpty()) {
            notices = notices.stream().filter(n -> !n.endsWith(RomLoader.BARE_IMAGE_NOTICE)).toList();
        }
        for (String notice : notices) {
            err.println("run: note: " + notice);
        }
        Machine machine = new Machine(metadata, loaded.image());
        if (interrupts != null) {
            machine.setInterruptWired(interrupts);
        }
        if (baud > 0) {
            machine.serialHost().setBaudPacing(baud, clock.nominalHz());
        }
        if (pacingOverride != null) {
            machine.serialHost().setPacing(pacingOverride, 0);
        }
        if (loadState != null) {
            try {
                machine.restore(SaveStateFile.read(loadState));
            } catch (IOException e) {
                err.println("run: --load-state " + explain(e));
                return ConsoleRun.EXIT_BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println("run: --load-state " + loadState + ": " + e.getMessage());
                return ConsoleRun.EXIT_BAD_INPUT;
            }
        }
        int code = runMachine(machine, clock, untilText, err);
        if (saveState != null) {
            try {
                SaveStateFile.write(saveState, machine.snapshot());
            } catch (IOException e) {
                err.println("run: --save-state " + explain(e));
                return code == 0 ? ConsoleRun.EXIT_BAD_INPUT : code;
            }
        }
        return code;
    }

    private int runMachine(Machine machine, ClockSpeed clock, String untilText, PrintStream err) {
        InputOptions keys = machine.metadata().input();
        InputFeeder input;
        RawTerminalMode raw = null;
        try {
            if (script != null) {
                input = InputFeeder.none(keys);
            } else if (inputFile != null) {
                if (Files.isDirectory(inputFile)) {
                    err.println("run: --input " + inputFile + ": is a folder, expected a file");
                    return ConsoleRun.EXIT_BAD_INPUT;
                }
                if (!Files.exists(inputFile)) {
                    err.println("run: " + inputFile + ": input file not found");
                    return ConsoleRun.EXIT_BAD_INPUT;
                }
                // Streamed (a FIFO or a huge file works too), read ahead a little at a time.
                input = InputFeeder.ofStream(Files.newInputStream(inputFile), keys, false);
            } else if (interactive()) {
                raw = enableRawMode(err);
                err.print("[" + machine.metadata().name() + " - Ctrl+] quits]\r\n");
                input = InputFeeder.ofStream(System.in, keys, true);
            } else {
                input = InputFeeder.ofStream(System.in, keys, false);
            }
        } catch (IOException e) {
            err.println("run: " + explain(e));
            return ConsoleRun.EXIT_BAD_INPUT;
        }
        TimedOutput stdout = new TimedOutput(RetroShieldCommand.standardOutput());
        OutputStream out = new BufferedOutputStream(stdout, 8192);
        SessionLog log = null;
        InstructionTracer tracer = null;
        try {
            try {
                if (logFile != null) {
                    log = new SessionLog(logFile);
                }
                if (traceFile != null) {
                    tracer = new InstructionTracer(machine, traceFile);
                    machine.cpu().setDebugHook(tracer);
                }
            } catch (IOException e) {
                err.println("run: " + (log == null && logFile != null ? "--log " : "--trace ") + explain(e)
                        + " (cannot create the file)");
                return ConsoleRun.EXIT_BAD_INPUT;
            }
            double quiet = interactive() && inputFile == null && script == null ? -1 : quietSeconds;
            ConsoleRun.Limits limits = new ConsoleRun.Limits(untilText,
                    cycles, (long) (effectiveTimeout() * TimeUnit.SECONDS.toNanos(1)), quiet);
            ConsoleRun console = new ConsoleRun(machine, clock, input, out, err, log, limits);
            if (script != null) {
                console.setScript(script, keys);
            }
            console.setRawTerminal(raw != null);
            if (limits.timeoutNanos() > 0) {
                stdout.setDeadline(System.nanoTime() + limits.timeoutNanos());
            }
            try {
                int code = console.run();
                String failure = finishOutput(out, stdout, log);
                log = null;
                if (failure != null && !console.failureReported()) {
                    err.println("run: " + failure);
                    return code == ConsoleRun.EXIT_OK ? ConsoleRun.EXIT_BAD_INPUT : code;
                }
                return code;
            } finally {
                List<String> accessNotes = machine.accessReport().summary();
                if (!accessNotes.isEmpty() || stats) {
                    flushQuietly(out, stdout);
                }
                for (String line : accessNotes) {
                    err.print(raw != null ? "\r\nrun: note: " + line + "\r\n"
                            : "run: note: " + line + System.lineSeparator());
                }
                if (stats) {
                    err.print(raw != null ? "\r\nrun: " + console.speedSummary() + "\r\n"
                            : "run: " + console.speedSummary() + System.lineSeparator());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("run: " + e.getMessage());
            return ConsoleRun.EXIT_BAD_INPUT;
        } catch (RuntimeException e) {
            err.printf("run: the emulation failed at PC $%04X: %s%n", machine.cpu().pc(), e);
            return ConsoleRun.EXIT_BAD_INPUT;
        } finally {
            closeQuietly(out, stdout, log, tracer, raw, err);
        }
    }

    /**
     * Flushes standard output and closes the session log; returns what failed (null: nothing).
     * A closed pipe on standard output (| head) is not a failure.
     */
    private String finishOutput(OutputStream out, TimedOutput stdout, SessionLog log) {
        String failure = null;
        try {
            out.flush();
            stdout.awaitWritten();
        } catch (IOException e) {
            if (!ConsoleRun.isClosedPipe(e)) {
                failure = "cannot write standard output: " + e.getMessage();
            }
        }
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                failure = failure != null ? failure : "--log " + log.file() + ": cannot write: " + e.getMessage();
            }
        }
        return failure;
    }

    private static void flushQuietly(OutputStream out, TimedOutput stdout) {
        try {
            out.flush();
            stdout.awaitWritten();
        } catch (IOException e) {
            // reported where the output is written
        }
    }

    private static void closeQuietly(OutputStream out, TimedOutput stdout, SessionLog log, InstructionTracer tracer,
                                     RawTerminalMode raw, PrintStream err) {
        try {
            out.flush();
            stdout.awaitWritten();
        } catch (IOException e) {
            // standard output is gone; nothing to tell it
        }
        try {
            if (log != null) {
                log.close();
            }
            if (tracer != null) {
                tracer.close();
            }
        } catch (IOException e) {
            err.println("run: " + e.getMessage());
        }
        if (raw != null) {
            raw.close();
        }
    }

    /**
     * One line for an I/O failure: our own exceptions carry a full message; the JDK's file
     * exceptions often carry only the path, so the reason is added.
     */
    static String explain(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Keys from a terminal: standard input is one and no --input was given. */
    private boolean interactive() {
        if (interactive == null) {
            interactive = inputFile == null && script == null
                    && (System.console() != null || RawTerminalMode.standardInputIsTerminal());
        }
        return interactive;
    }

    private static RawTerminalMode enableRawMode(PrintStream err) {
        try {
            return RawTerminalMode.enable();
        } catch (IOException e) {
            err.println("run: note: cannot put the terminal in raw mode (" + e.getMessage()
                    + "); keys are sent a line at a time");
            return null;
        }
    }

    private ClockSpeed chooseSpeed(RomMetadata metadata) {
        if (speed != null) {
            return ClockSpeed.parse(speed);
        }
        return interactive() ? ClockSpeed.from(metadata.clock()) : ClockSpeed.UNLIMITED;
    }

    private void validateNumbers() {
        if (baud != 0 && (baud < 300 || baud > 115_200)) {
            throw new IllegalArgumentException("--baud " + baud + " is out of range, expected 300..115200");
        }
        if (timeoutSeconds != null && !(timeoutSeconds >= 0 && timeoutSeconds <= 1e9)) {
            throw new IllegalArgumentException("--timeout " + timeoutSeconds + " is out of range, expected 0..1e9 seconds");
        }
        if (cycles < 0) {
            throw new IllegalArgumentException("--cycles must not be negative");
        }
        if (!(quietSeconds >= 0 && quietSeconds <= 1e6)) {
            throw new IllegalArgumentException("--quiet " + quietSeconds + " is out of range, expected 0..1e6 seconds");
        }
    }

    /** The load notices, those about unmapped image bytes replaced by ones for the --rom/--ram map. */
    private static List<String> withMapNotices(List<String> loadNotices, List<String> mapNotices) {
        List<String> result = new ArrayList<>();
        for (String notice : loadNotices) {
            if (!notice.contains("fall into no memory region")) {
                result.add(notice);
            }
        }
        result.addAll(mapNotices);
        return result;
    }

    /** Applies --chip, --rom/--ram and --ram-fill to the metadata. */
    RomMetadata applyOverrides(RomMetadata metadata) {
        RomMetadata result = metadata;
        if (sdFolder != null) {
            if (Files.exists(sdFolder) && !Files.isDirectory(sdFolder)) {
                throw new IllegalArgumentException("--sd: " + sdFolder + " is a file, expected a folder");
            }
            result = result.withStorage(metadata.storage() == null ? StorageSpec.of(sdFolder)
                    : new StorageSpec(sdFolder, metadata.storage().limits()));
        }
        if (chip != null) {
            ChipType type = chip;
            boolean wired = metadata.serial().chip() == ChipType.AUTO || metadata.serial().interruptDriven();
            result = result.withSerial(SerialSpec.standard(type, wired));
        }
        if (!romRegions.isEmpty() || !ramRegions.isEmpty()) {
            List<MemoryRegion> regions = new ArrayList<>();
            for (MemoryRegion region : romRegions) {
                addRegion(regions, region);
            }
            for (MemoryRegion region : ramRegions) {
                addRegion(regions, region);
            }
            regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            result = result.withMemory(regions);
        }
        if (ramFill != null) {
            result = result.withRamFill(ramFill);
        }
        return result;
    }

    private static void addRegion(List<MemoryRegion> regions, MemoryRegion region) {
        for (MemoryRegion other : regions) {
            if (other.overlaps(region)) {
                throw new IllegalArgumentException(region + " overlaps " + other);
            }
        }
        regions.add(region);
    }

    /** Turns \n \r \t \\ and \xHH in TEXT into the characters. */
    static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                sb.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                case 'x' -> {
                    Long value = i + 2 < text.length() ? NumberText.parseHex(text.substring(i + 1, i + 3)) : null;
                    if (value == null) {
                        throw new IllegalArgumentException(text + ": \\x needs two hex digits");
                    }
                    sb.append((char) value.intValue());
                    i += 2;
                }
                default -> sb.append('\\').append(next);
            }
        }
        return sb.toString();
    }
}
