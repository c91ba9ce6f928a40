package retroshield.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import retroshield.debug.Debugger;
import retroshield.debug.SymbolTable;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.machine.SaveStateFile;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;

/** {@code retroshield debug ROM}: the line-oriented step debugger. */
@Command(name = "debug", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {
                "Step-debug a ROM: breakpoints, watchpoints, stepping back and forth.",
                "Breakpoints with conditions, log points, watchpoints, I/O breakpoints, step/next/finish,",
                "reverse step and continue, registers, memory, disassembly with symbols, save states.",
                "Type 'help' at the (debug) prompt. The ROM's serial output appears between the replies;",
                "'type TEXT' sends it input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad ROM, symbols, state or script, or a script command failed"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  retroshield debug roms/mint.json",
                "  retroshield debug roms/monitor.json --commands check.dbg",
                "  retroshield debug roms/mint.json --symbols extra.sym --load-state mint.state"})
public final class DebugCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ROM", description = "Metadata file (.json) or image (.bin, .hex, .ihx).")
    Path rom;

    @Option(names = "--commands", paramLabel = "FILE",
            description = "Run the debugger commands in FILE (one a line, # comments), then exit.")
    Path commands;

    @Option(names = "--symbols", paramLabel = "FILE",
            description = "Extra symbols: SDCC .noi/.map/.cdb or NAME = $ADDR lines (repeatable). The bundled"
                    + " ROMs' own .noi/.cdb beside the image are read anyway.")
    List<Path> symbolFiles = new ArrayList<>();

    @Option(names = "--load-state", paramLabel = "FILE", description = "Start from a save state.")
    Path loadState;

    @Option(names = "--history", paramLabel = "N", defaultValue = "100000",
            description = "Instructions of history for rstep/rcontinue (0 = off; default ${DEFAULT-VALUE}).")
    long history;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        LoadedRom loaded;
        SymbolTable symbols;
        try {
            loaded = new RomLoader().load(rom);
            SymbolTable beside = SymbolTable.besideImage(loaded.image().source());
            symbols = symbolFiles.isEmpty() ? beside : merge(beside, SymbolTable.read(symbolFiles));
        } catch (IOException e) {
            err.println("debug: " + RunCommand.explain(e));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("debug: " + e.getMessage());
            return 1;
        }
        if (history < 0) {
            err.println("debug: --history must not be negative");
            return 1;
        }
        Machine machine = new Machine(loaded);
        if (loadState != null) {
            try {
                machine.restore(SaveStateFile.read(loadState));
            } catch (IOException | IllegalArgumentException e) {
                err.println("debug: --load-state " + (e instanceof IOException io ? RunCommand.explain(io)
                        : loadState + ": " + e.getMessage()));
                return 1;
            }
        }
        Debugger debugger = new Debugger(machine, symbols);
        debugger.setHistory(history);
        long hz = ClockSpeed.from(loaded.metadata().clock()).nominalHz();
        DebugConsole console = new DebugConsole(debugger, out, hz > 0 ? hz : 4_000_000);
        try {
            if (commands != null) {
                if (!Files.isRegularFile(commands)) {
                    err.println("debug: " + commands + ": command file not found");
                    return 1;
                }
                console.setEchoCommands(true);
                try (BufferedReader in = Files.newBufferedReader(commands, StandardCharsets.UTF_8)) {
                    console.run(in, false);
                }
                out.flush();
                return console.errors() == 0 ? 0 : 1;
            }
            out.println("[" + loaded.metadata().name() + " - " + symbols.size() + " symbols, "
                    + symbols.lineCount() + " C lines; 'help' lists the commands]");
            console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), true);
            return 0;
        } catch (IOException e) {
            err.println("debug: " + RunCommand.explain(e));
            return 1;
        } finally {
            out.flush();
        }
    }

    private static SymbolTable merge(SymbolTable a, SymbolTable b) {
        StringBuilder sb = new StringBuilder();
        a.names().forEach((n, v) -> sb.append(n).append(" = $").append(Integer.toHexString(v)).append('\n'));
        b.names().forEach((n, v) -> sb.append(n).append(" = $").append(Integer.toHexString(v)).append('\n'));
        return SymbolTable.parse("symbols", sb.toString());
    }
}
