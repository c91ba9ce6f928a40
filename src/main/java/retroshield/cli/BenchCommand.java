package retroshield.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real `bench` command. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the emulated Z80 speed on a fixed workload.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bench: not implemented yet");
        return 1;
    }
}
