package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.rom.RomExample;
import retroshield.rom.RomMetadata;

/** The metadata of the Monitor ROM tells the truth: its examples work, each in a fresh machine. */
class MonitorRomExamplesTest {

    @Test
    void metadataDescribesThe8251Monitor() throws Exception {
        try (MonitorSession monitor = MonitorSession.boot()) {
            RomMetadata metadata = monitor.session().machine().metadata();
            assertEquals("RetroShield Monitor", metadata.name());
            assertEquals("> ", metadata.ready());
            assertTrue(monitor.banner().endsWith(metadata.ready()), monitor.banner());
        }
    }

    @Test
    void everyExampleGivesItsExpectedReply() throws Exception {
        List<RomExample> examples;
        try (MonitorSession monitor = MonitorSession.boot()) {
            examples = monitor.session().machine().metadata().examples();
        }
        assertFalse(examples.isEmpty(), "roms/monitor.json should list examples");
        for (RomExample example : examples) {
            try (MonitorSession monitor = MonitorSession.boot()) {
                String reply = monitor.command(example.input());
                int echo = reply.indexOf(example.input());
                assertTrue(echo >= 0, reply);
                String answer = reply.substring(echo + example.input().length());
                assertTrue(answer.contains(example.expect()),
                        "example \"" + example.input() + "\" expected \"" + example.expect()
                                + "\" in:\n" + answer);
            }
        }
    }
}
