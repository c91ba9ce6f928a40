package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code retroshield --help} lists each command with the first line of its description only, so
 * that line must say what the command does by itself.
 */
class CommandSummaryTest {

    @Test
    void everyCommandsFirstDescriptionLineIsAWholeSentence() {
        Map<String, CommandLine> commands = new CommandLine(new RetroShieldCommand()).getSubcommands();
        assertTrue(commands.containsKey("debug") && commands.containsKey("run"), commands.keySet().toString());
        for (Map.Entry<String, CommandLine> e : commands.entrySet()) {
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            assertFalse(description.length == 0, e.getKey() + " has no description");
            String first = description[0].trim();
            assertTrue(first.endsWith("."), e.getKey() + "'s summary in --help is cut off: \"" + first + "\"");
        }
    }
}
