package retroshield.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real `cpm` command. */
@Command(name = "cpm", mixinStandardHelpOptions = true,
        description = "Run a CP/M .COM program with console BDOS calls.")
public final class CpmCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("cpm: not implemented yet");
        return 1;
    }
}
