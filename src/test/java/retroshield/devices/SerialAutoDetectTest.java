package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SerialAutoDetect becomes the chip the firmware talks to. */
class SerialAutoDetectTest {

    private SerialAutoDetect auto;
    private final List<Integer> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        auto = new SerialAutoDetect();
        auto.setTransmitListener(sent::add);
    }

    @Test
    void beforeTheDecisionItAnswersBothPairsAndReceivesNothing() {
        for (int port : new int[] {0x00, 0x01, 0x80, 0x81, 0x4401}) {
            assertTrue(auto.answers(port), "port " + port);
        }
        assertFalse(auto.answers(0x02));
        assertFalse(auto.readyToReceive());
        assertFalse(auto.interruptRequested());
        assertEquals("auto", auto.chipName());
        assertTrue(auto.chosenChip().isEmpty());
    }

    @Test
    void statusReadAt80ChoosesThe6850() {
        int status = auto.read(0x80);
        assertEquals(Mc6850Acia.STATUS_TDRE, status);
        assertInstanceOf(Mc6850Acia.class, auto.chosenChip().orElseThrow());
        assertEquals("mc6850", auto.chipName());
        assertTrue(auto.answers(0x81));
        assertFalse(auto.answers(0x00));
        assertFalse(auto.answers(0x01));
    }

    @Test
    void statusReadAt01ChoosesThe8251() {
        auto.read(0x01);
        assertInstanceOf(I8251Usart.class, auto.chosenChip().orElseThrow());
        assertEquals("i8251", auto.chipName());
        assertFalse(auto.answers(0x80));
        assertTrue(auto.answers(0x00));
    }

    @Test
    void rememberedControlWritesAreReplayedToTheChosenChip() {
        auto.write(0x01, 0x4D);                 // 8251 mode
        auto.write(0x80, 0xD6);                 // 6850 leftover, as in Grant Searle's 8251 BASIC
        auto.write(0x01, 0x37);                 // 8251 command
        assertTrue(auto.chosenChip().isEmpty(), "control writes alone do not decide");
        auto.read(0x01);
        I8251Usart usart = (I8251Usart) auto.chosenChip().orElseThrow();
        assertEquals(0x4D, usart.mode().value());
        assertEquals(0x37 & ~I8251Usart.COMMAND_ER, usart.commandRegister());
        assertTrue(auto.readyToReceive());
    }

    @Test
    void dataWriteDecidesAndIsTransmitted() {
        auto.write(0x80, 0x03);
        auto.write(0x80, 0x15);
        auto.write(0x81, 'M');
        Mc6850Acia acia = (Mc6850Acia) auto.chosenChip().orElseThrow();
        assertEquals(0x15, acia.controlRegister());
        assertEquals(List.of((int) 'M'), sent);
    }

    @Test
    void hostOfferingAByteDecidesByTheFirstControlWrite() {
        auto.write(0x80, 0x96);                 // interrupt-driven firmware waiting silently
        assertTrue(auto.readyToReceive());
        auto.receive('k');
        assertTrue(auto.interruptRequested());
        assertEquals('k', auto.read(0x81));
    }

    @Test
    void tooManyControlWritesDecideByTheFirst() {
        auto.write(0x01, 0x40);
        for (int i = 0; i < SerialAutoDetect.MAX_REMEMBERED_WRITES; i++) {
            auto.write(0x80, 0x16);
        }
        assertInstanceOf(I8251Usart.class, auto.chosenChip().orElseThrow());
    }

    @Test
    void choiceSurvivesResetAndCanBeForgotten() {
        auto.read(0x80);
        auto.reset();
        assertEquals("mc6850", auto.chipName());
        auto.forgetChoice();
        assertEquals("auto", auto.chipName());
        auto.read(0x00);
        assertEquals("i8251", auto.chipName());
    }

    @Test
    void worksBehindASerialHostWithPacing() {
        SerialHost host = new SerialHost(auto);
        List<Integer> out = new ArrayList<>();
        host.addOutputListener(out::add);
        host.setBaudPacing(1000, 100_000);
        host.send("hi");
        host.pump(0);
        assertEquals(2, host.pendingInput(), "undecided: nothing delivered");
        auto.write(0x80, 0x15);
        auto.write(0x81, '>');
        assertEquals(List.of((int) '>'), out);
        host.pump(10);
        assertEquals('h', auto.read(0x81));
        auto.write(0x81, 'a');
        assertEquals(0, auto.read(0x80) & Mc6850Acia.STATUS_TDRE, "pacing reached the chosen chip");
    }
}
