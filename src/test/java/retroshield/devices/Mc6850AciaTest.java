package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.devices.Mc6850Acia.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MC6850 register by register, per the datasheet (ports $80 control, $81 data). */
class Mc6850AciaTest {

    private static final int CTRL = 0x80;
    private static final int DATA = 0x81;

    private Mc6850Acia acia;
    private final List<Integer> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        acia = new Mc6850Acia(CTRL, DATA);
        acia.setTransmitListener(sent::add);
    }

    private int status() {
        return acia.read(CTRL);
    }

    @Test
    void answersOnlyItsTwoPortsByLowByte() {
        assertTrue(acia.answers(0x80));
        assertTrue(acia.answers(0x81));
        assertTrue(acia.answers(0x1280), "only the low byte is decoded");
        assertFalse(acia.answers(0x82));
        assertFalse(acia.answers(0x00));
        assertEquals("mc6850", acia.chipName());
    }

    @Test
    void samePortTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Mc6850Acia(0x80, 0x180));
    }

    @Test
    void powerUpWorksWithoutMasterReset() {
        assertFalse(acia.isInMasterReset());
        assertEquals(POWER_UP_CONTROL, acia.controlRegister());
        assertEquals("8N1", acia.wordFormat());
        assertFalse(acia.isRtsHigh());
        assertFalse(acia.interruptRequested());
        acia.write(DATA, 'A');
        assertEquals(List.of((int) 'A'), sent, "transmits without a master reset");
    }

    @Test
    void nothingIsOfferedUntilTheFirmwareTouchesTheChip() {
        assertFalse(acia.isTouched());
        assertFalse(acia.readyToReceive());
        acia.write(DATA, 'x');
        assertFalse(acia.readyToReceive(), "a data write does not count");
        assertEquals(STATUS_TDRE, status());
        assertTrue(acia.isTouched());
        assertTrue(acia.readyToReceive(), "a status read does: firmware that never writes control still works");
    }

    @Test
    void aControlWriteTouchesTheChip() {
        acia.write(CTRL, 0x16);
        assertTrue(acia.readyToReceive());
        acia.reset();
        assertFalse(acia.readyToReceive(), "reset makes it untouched again");
    }

    @Test
    void masterResetHoldsTheChipUntilTheNextControlWord() {
        acia.receive(0x41);
        acia.write(CTRL, CONTROL_MASTER_RESET);
        assertTrue(acia.isInMasterReset());
        assertEquals(0, status(), "status cleared, TDRE low while in reset");
        assertFalse(acia.readyToReceive());
        acia.write(DATA, 'X');
        assertTrue(sent.isEmpty(), "data writes ignored in reset");
        acia.write(CTRL, 0x15);          // /16, 8N1, RTS low
        assertFalse(acia.isInMasterReset());
        assertEquals(STATUS_TDRE, status(), "RDRF was cleared by the master reset");
        assertTrue(acia.readyToReceive());
    }

    @Test
    void masterResetClearsOverrunAndErrors() {
        acia.receiveFrame(1, true, true);
        acia.receive(2);
        acia.read(DATA);                 // OVRN now visible
        assertEquals(STATUS_OVRN, status() & STATUS_OVRN);
        acia.write(CTRL, 0x03);
        acia.write(CTRL, 0x16);
        assertEquals(STATUS_TDRE, status());
    }

    @ParameterizedTest
    @CsvSource({"0x00,1", "0x01,16", "0x02,64", "0x03,0"})
    void divideSelect(int bits, int ratio) {
        acia.write(CTRL, bits);
        assertEquals(ratio, acia.divideRatio());
    }

    @ParameterizedTest
    @CsvSource({"0,7E2", "1,7O2", "2,7E1", "3,7O1", "4,8N2", "5,8N1", "6,8E1", "7,8O1"})
    void wordSelect(int word, String format) {
        acia.write(CTRL, 0x01 | word << 2);
        assertEquals(format, acia.wordFormat());
        assertEquals(0x01 | word << 2, acia.controlRegister());
    }

    @Test
    void transmitControlDecodes() {
        acia.write(CTRL, 0x15);
        assertFalse(acia.isRtsHigh());
        assertFalse(acia.isTransmitInterruptEnabled());
        assertFalse(acia.isSendingBreak());
        acia.write(CTRL, 0x35);
        assertTrue(acia.isTransmitInterruptEnabled());
        assertFalse(acia.isRtsHigh());
        acia.write(CTRL, 0x55);
        assertTrue(acia.isRtsHigh());
        assertFalse(acia.isTransmitInterruptEnabled());
        acia.write(CTRL, 0x75);
        assertTrue(acia.isSendingBreak());
        assertFalse(acia.isRtsHigh());
        assertFalse(acia.isTransmitInterruptEnabled());
    }

    @Test
    void receiveInterruptEnableBit() {
        acia.write(CTRL, 0x96);
        assertTrue(acia.isReceiveInterruptEnabled());
        acia.write(CTRL, 0x16);
        assertFalse(acia.isReceiveInterruptEnabled());
    }

    @Test
    void rdrfSetOnReceiveAndClearedByDataRead() {
        acia.write(CTRL, 0x16);
        acia.receive(0x5A);
        assertEquals(STATUS_RDRF | STATUS_TDRE, status());
        assertFalse(acia.readyToReceive());
        assertEquals(STATUS_RDRF, status() & STATUS_RDRF, "reading status does not clear RDRF");
        assertEquals(0x5A, acia.read(DATA));
        assertEquals(STATUS_TDRE, status());
        assertTrue(acia.readyToReceive());
    }

    @Test
    void overrunPerDatasheetSequence() {
        acia.write(CTRL, 0x16);
        acia.receive('A');
        acia.receive('B');                      // lost
        assertEquals(0, status() & STATUS_OVRN, "OVRN not shown before the valid byte is read");
        assertEquals('A', acia.read(DATA));
        assertEquals(STATUS_OVRN | STATUS_RDRF, status() & (STATUS_OVRN | STATUS_RDRF),
                "after reading the valid byte OVRN shows and RDRF stays set");
        assertFalse(acia.readyToReceive());
        acia.read(DATA);                        // resets the overrun
        assertEquals(0, status() & (STATUS_OVRN | STATUS_RDRF));
        assertTrue(acia.readyToReceive());
        acia.receive('C');
        assertEquals('C', acia.read(DATA));
    }

    @Test
    void framingAndParityErrorsBelongToTheByteInTheRdr() {
        acia.receiveFrame(0x11, true, false);
        assertEquals(STATUS_PE, status() & (STATUS_PE | STATUS_FE));
        acia.read(DATA);
        acia.receiveFrame(0x12, false, true);
        assertEquals(STATUS_FE, status() & (STATUS_PE | STATUS_FE));
        acia.read(DATA);
        assertEquals(0, status() & (STATUS_PE | STATUS_FE));
    }

    @Test
    void receiveIrqFollowsRdrfWhenEnabled() {
        acia.write(CTRL, 0x96);                 // RIE, RTS low, TX irq off
        assertFalse(acia.interruptRequested());
        acia.receive(1);
        assertTrue(acia.interruptRequested());
        assertEquals(STATUS_IRQ, status() & STATUS_IRQ);
        acia.read(DATA);
        assertFalse(acia.interruptRequested());
        assertEquals(0, status() & STATUS_IRQ);
    }

    @Test
    void receiveIrqStaysOnWhileOverrunFlagged() {
        acia.write(CTRL, 0x96);
        acia.receive(1);
        acia.receive(2);
        acia.read(DATA);
        assertTrue(acia.interruptRequested(), "RIE and OVRN");
        acia.read(DATA);
        assertFalse(acia.interruptRequested());
    }

    @Test
    void noIrqWhenBothInterruptsDisabled() {
        acia.write(CTRL, 0x16);
        acia.receive(1);
        assertFalse(acia.interruptRequested());
        assertEquals(0, status() & STATUS_IRQ);
    }

    @Test
    void transmitIrqWhileTdre() {
        acia.write(CTRL, 0x36);                 // TX irq on
        assertTrue(acia.interruptRequested());
        assertEquals(STATUS_IRQ | STATUS_TDRE, status());
        acia.write(CTRL, 0x16);
        assertFalse(acia.interruptRequested());
    }

    @Test
    void transmitIrqDropsWhileTdreBusyWithPacing() {
        acia.setCharacterTime(100);
        acia.tick(1000);
        acia.write(CTRL, 0x36);
        acia.write(DATA, 'a');                  // into the shift register
        acia.write(DATA, 'b');                  // waits in the TDR
        assertFalse(acia.interruptRequested());
        acia.tick(1100);
        assertTrue(acia.interruptRequested());
    }

    @Test
    void rtsHighStopsReception() {
        acia.write(CTRL, 0xD6);                 // RIE, RTS high
        assertFalse(acia.readyToReceive());
        acia.write(CTRL, 0x96);
        assertTrue(acia.readyToReceive());
    }

    @Test
    void transmitReachesListenerImmediately() {
        acia.write(CTRL, 0x16);
        acia.write(DATA, 'H');
        acia.write(DATA, 0x1FF);
        assertEquals(List.of((int) 'H', 0xFF), sent);
        assertEquals(STATUS_TDRE, status() & STATUS_TDRE, "unpaced: TDRE stays 1");
    }

    @Test
    void pacedTransmitIsDoubleBuffered() {
        acia.setCharacterTime(1000);
        acia.tick(0);
        acia.write(DATA, '1');
        assertEquals(STATUS_TDRE, status() & STATUS_TDRE, "first byte moves to the shift register");
        acia.write(DATA, '2');
        assertEquals(0, status() & STATUS_TDRE, "second byte waits");
        acia.tick(999);
        assertEquals(0, status() & STATUS_TDRE);
        acia.tick(1000);
        assertEquals(STATUS_TDRE, status() & STATUS_TDRE);
        assertEquals(List.of((int) '1', (int) '2'), sent);
    }

    @Test
    void cycleCounterGoingBackwardsFreesTheLine() {
        acia.setCharacterTime(1000);
        acia.tick(5000);
        acia.write(DATA, 1);
        acia.write(DATA, 2);
        assertEquals(0, status() & STATUS_TDRE);
        acia.tick(10);
        assertEquals(STATUS_TDRE, status() & STATUS_TDRE);
    }

    @Test
    void breakModeHoldsDataUntilBreakEnds() {
        acia.write(CTRL, 0x76);                 // send break
        acia.write(DATA, 'Q');
        assertTrue(sent.isEmpty());
        assertEquals(0, status() & STATUS_TDRE);
        acia.write(CTRL, 0x16);
        assertEquals(List.of((int) 'Q'), sent);
        assertEquals(STATUS_TDRE, status() & STATUS_TDRE);
    }

    @Test
    void dcdAndCtsAlwaysReadZero() {
        acia.write(CTRL, 0x16);
        acia.receive(3);
        acia.write(DATA, 3);
        assertEquals(0, status() & (STATUS_DCD | STATUS_CTS));
    }

    @Test
    void hardwareResetReturnsToPowerUpState() {
        acia.write(CTRL, 0xD6);
        acia.receive(9);
        acia.reset();
        assertEquals(POWER_UP_CONTROL, acia.controlRegister());
        assertFalse(acia.readyToReceive());
        assertEquals(STATUS_TDRE, status());
    }

    @Test
    void readingAnEmptyRdrRepeatsTheLastByte() {
        acia.receive(0x42);
        acia.read(DATA);
        assertEquals(0x42, acia.read(DATA));
        assertEquals(0, status() & STATUS_RDRF);
    }
}
