package retroshield.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real `disasm` command. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = "Disassemble a binary file.")
public final class DisasmCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("disasm: not implemented yet");
        return 1;
    }
}
