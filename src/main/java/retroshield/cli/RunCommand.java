package retroshield.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real `run` command. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a RetroShield ROM headless (metadata JSON or bare image).")
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("run: not implemented yet");
        return 1;
    }
}
