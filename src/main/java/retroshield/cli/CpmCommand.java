package retroshield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retroshield.cpm.CpmMachine;
import retroshield.cpm.CpmResult;

/**
 * {@code cpm PROGRAM.COM [--max-cycles N] [--no-echo]}: runs a CP/M program with a console
 * BDOS. The program's console output goes to standard output byte for byte, its input comes
 * from standard input; the T-state count, wall time, emulated MHz and MHz per second of process CPU time go to
 * standard error.
 * Exit code 0 when the program warm-boots, 2 when --max-cycles ran out, 3 when the CPU halted,
 * 1 when the file cannot be loaded.
 */
@Command(name = "cpm", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Run a CP/M .COM program (loaded at 0100h) with console BDOS calls.",
                "Console I/O is standard input/output; statistics go to standard error.",
                "Exit code: 0 warm boot, 1 load error, 2 --max-cycles reached, 3 CPU halted."})
public final class CpmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM.COM", description = "The CP/M program.")
    Path program;

    @Option(names = "--max-cycles", paramLabel = "N",
            description = "Stop with exit code 2 after N T-states (default: no limit).")
    Long maxCycles;

    @Option(names = "--no-echo", description = "Do not echo input read by BDOS functions 1 and 10.")
    boolean noEcho;

    /** Standard input/output by default; tests replace them. */
    InputStream in = System.in;
    OutputStream out = System.out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (maxCycles != null && maxCycles <= 0) {
            err.println("cpm: --max-cycles must be positive, not " + maxCycles);
            err.flush();
            return 1;
        }
        CpmMachine machine;
        try {
            byte[] code = BinaryInput.read(program, 0x10000, "a CP/M program (.COM)");
            String text = BinaryInput.textKind(code);
            if (text != null) {
                return fail(err, program + ": is " + text + ", not a CP/M program");
            }
            machine = new CpmMachine(code, in, out, !noEcho);
        } catch (BinaryInput.Refused e) {
            return fail(err, e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(err, program + ": no such file");
        } catch (IOException e) {
            return fail(err, program + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(err, program + ": " + e.getMessage());
        }
        CpmResult result = machine.run(maxCycles == null ? Long.MAX_VALUE : maxCycles);
        if (result.ending() == CpmResult.Ending.CYCLE_LIMIT) {
            err.println("cpm: stopped after --max-cycles " + maxCycles + " T-states");
        } else if (result.ending() == CpmResult.Ending.HALTED) {
            err.printf("cpm: the CPU halted at %04Xh and nothing can wake it%n", (machine.cpu().pc() - 1) & 0xFFFF);
        }
        err.println(result.report());
        err.flush();
        return result.ending().exitCode();
    }

    private static int fail(PrintWriter err, String message) {
        err.println("cpm: " + message);
        err.flush();
        return 1;
    }
}
