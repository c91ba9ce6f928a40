package retroshield.rom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import retroshield.devices.InputPacing;
import retroshield.machine.Machine;

/** input.pacing, input.prompt and input.pacingTimeout in the metadata. */
class MetadataPacingTest {

    private static RomMetadata parse(String input) throws RomFormatException {
        return new RomMetadataReader().parse("""
                { "image": { "file": "x.bin" }, "memory": [ { "start": 0, "end": 65535, "type": "ram" } ],
                  "serial": { "chip": "mc6850" }, "ready": "Ok", "input": %s }
                """.formatted(input), Path.of("x.json"));
    }

    @Test
    void readsModePromptAndTimeout() throws Exception {
        InputPacing p = parse("{ \"pacing\": \"LINE\", \"prompt\": \"Ok\\r\\n\", \"pacingTimeout\": 2000 }").input().pacing();
        assertEquals(new InputPacing(InputPacing.Mode.LINE, "Ok\r\n", 2000), p);
    }

    @Test
    void defaultIsRtsWithoutPrompt() throws Exception {
        InputPacing p = parse("{ \"enter\": \"CR\" }").input().pacing();
        assertEquals(InputPacing.Mode.RTS, p.mode());
        assertNull(p.prompt());
        assertEquals(InputPacing.DEFAULT_TIMEOUT_MILLIS, p.timeoutMillis());
    }

    @Test
    void theMachineUsesTheReadyTextWhenNoPromptIsGiven() throws Exception {
        RomMetadata m = parse("{ \"pacing\": \"echo\" }");
        Machine machine = new Machine(m, new RomImage(Path.of("x.bin"), java.util.List.of(new ImageSegment(0, new byte[] {0x76}))));
        assertEquals(InputPacing.Mode.ECHO, machine.serialHost().pacing().mode());
        assertEquals("Ok", machine.serialHost().pacing().prompt());
    }

    @Test
    void badValuesNameTheField() {
        String e = assertThrows(RomFormatException.class, () -> parse("{ \"pacing\": \"xon\" }")).getMessage();
        assertTrue(e.contains("x.json") && e.contains("input.pacing") && e.contains("echo"), e);
        e = assertThrows(RomFormatException.class, () -> parse("{ \"pacingTimeout\": 0 }")).getMessage();
        assertTrue(e.contains("input.pacingTimeout"), e);
    }
}
