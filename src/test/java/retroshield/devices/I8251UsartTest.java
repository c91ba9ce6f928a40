package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retroshield.devices.I8251Usart.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Intel 8251A register by register, per the datasheet (ports $00 data, $01 control). */
class I8251UsartTest {

    private static final int DATA = 0x00;
    private static final int CTRL = 0x01;
    private static final int MODE_8N1_X16 = 0x4E;
    private static final int CMD_BASIC = 0x37;       // RTS, ER, RxE, DTR, TxEN

    private I8251Usart usart;
    private final List<Integer> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        usart = new I8251Usart(DATA, CTRL);
        usart.setTransmitListener(sent::add);
    }

    private int status() {
        return usart.read(CTRL);
    }

    private void asyncSetup(int command) {
        usart.write(CTRL, MODE_8N1_X16);
        usart.write(CTRL, command);
    }

    @Test
    void answersItsPortsByLowByte() {
        assertTrue(usart.answers(0x00));
        assertTrue(usart.answers(0x01));
        assertTrue(usart.answers(0xAB01));
        assertFalse(usart.answers(0x80));
        assertEquals("i8251", usart.chipName());
    }

    @Test
    void statusAfterResetIsTxRdyTxEmptyDsr() {
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY | STATUS_DSR, status());
        assertEquals(ControlState.MODE, usart.controlState());
        assertFalse(usart.interruptRequested());
        assertEquals(0, usart.commandRegister());
        assertFalse(usart.isCommandWritten());
    }

    @Test
    void beforeTheFirstCommandTheSketchDefaultsAreInForce() {
        assertFalse(usart.readyToReceive(), "untouched");
        status();
        assertTrue(usart.readyToReceive(), "sketch command $27 has RxE");
        assertTrue(usart.isTransmitterEnabled());
        assertTrue(usart.isRtsActive());
        usart.write(DATA, 'A');
        assertEquals(List.of((int) 'A'), sent);
        usart.write(CTRL, 0x4D);                  // mode only, still no command
        usart.receive('b');
        assertTrue(usart.interruptRequested());
        assertEquals('b', usart.read(DATA));
    }

    @Test
    void aWrittenCommandReplacesTheSketchDefaults() {
        asyncSetup(COMMAND_DTR);
        assertTrue(usart.isCommandWritten());
        assertFalse(usart.readyToReceive());
        usart.write(DATA, 'A');
        assertTrue(sent.isEmpty(), "TxEN off: held");
    }

    @Test
    void internalResetBringsBackTheSketchDefaults() {
        asyncSetup(COMMAND_DTR);
        usart.write(CTRL, COMMAND_IR);
        assertFalse(usart.isCommandWritten());
        assertFalse(usart.readyToReceive(), "untouched again");
        status();
        assertTrue(usart.readyToReceive());
    }

    @Test
    void typedAheadByteIsNotOfferedDuringTheResetSequence() {
        for (int v : new int[] {0, 0, 0}) {
            usart.write(CTRL, v);
            assertFalse(usart.readyToReceive(), "after writing " + v);
        }
        usart.write(CTRL, COMMAND_IR);
        assertFalse(usart.readyToReceive());
        usart.write(CTRL, MODE_8N1_X16);
        assertFalse(usart.readyToReceive(), "mode alone does not open the receiver");
        usart.write(CTRL, CMD_BASIC);
        assertTrue(usart.readyToReceive());
    }

    @Test
    void asyncModeThenCommand() {
        usart.write(CTRL, 0x4D);                  // x1, 8 bits, no parity, 1 stop
        assertEquals(ControlState.COMMAND, usart.controlState());
        assertEquals(new I8251Mode(0x4D), usart.mode());
        assertEquals(1, usart.mode().baudFactor());
        assertEquals(8, usart.mode().characterLength());
        assertFalse(usart.mode().isSync());
        usart.write(CTRL, CMD_BASIC);
        assertEquals(ControlState.COMMAND, usart.controlState());
        assertEquals(COMMAND_TXEN | COMMAND_DTR | COMMAND_RXE | COMMAND_RTS, usart.commandRegister(),
                "ER is a one-shot, not stored");
    }

    @ParameterizedTest
    @CsvSource({"0x01,1", "0x02,16", "0x03,64"})
    void baudFactor(int bits, int factor) {
        usart.write(CTRL, 0x40 | bits);
        assertEquals(factor, usart.mode().baudFactor());
    }

    @ParameterizedTest
    @CsvSource({"0x00,5", "0x04,6", "0x08,7", "0x0C,8"})
    void characterLength(int bits, int length) {
        usart.write(CTRL, 0x42 | bits);
        assertEquals(length, usart.mode().characterLength());
    }

    @Test
    void syncModeWithDoubleSyncConsumesTwoCharacters() {
        usart.write(CTRL, 0x0C);                  // sync, 8 bits, double sync (bit 7 = 0)
        assertTrue(usart.mode().isSync());
        assertEquals(ControlState.FIRST_SYNC, usart.controlState());
        usart.write(CTRL, 0x16);
        assertEquals(ControlState.SECOND_SYNC, usart.controlState());
        usart.write(CTRL, 0x17);
        assertEquals(ControlState.COMMAND, usart.controlState());
        assertEquals(0x16, usart.firstSyncCharacter());
        assertEquals(0x17, usart.secondSyncCharacter());
    }

    @Test
    void syncModeWithSingleSyncConsumesOneCharacter() {
        usart.write(CTRL, 0x8C);                  // sync, single sync
        usart.write(CTRL, 0x16);
        assertEquals(ControlState.COMMAND, usart.controlState());
        usart.write(CTRL, COMMAND_RXE);
        assertEquals(COMMAND_RXE, usart.commandRegister());
    }

    @Test
    void zeroZeroZeroFortyReachesModeStateFromPowerUp() {
        for (int v : new int[] {0, 0, 0, 0x40}) {
            usart.write(CTRL, v);
        }
        assertEquals(ControlState.MODE, usart.controlState());
    }

    @Test
    void zeroZeroZeroFortyReachesModeStateFromCommandState() {
        asyncSetup(CMD_BASIC);
        for (int v : new int[] {0, 0, 0, 0x40}) {
            usart.write(CTRL, v);
        }
        assertEquals(ControlState.MODE, usart.controlState());
        assertEquals(0, usart.commandRegister());
    }

    @Test
    void internalResetReturnsToModeStateAndClearsState() {
        asyncSetup(CMD_BASIC);
        usart.receive('x');
        usart.write(CTRL, COMMAND_IR);
        assertEquals(ControlState.MODE, usart.controlState());
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY | STATUS_DSR, status());
        assertFalse(usart.interruptRequested());
        usart.write(CTRL, MODE_8N1_X16);
        assertEquals(ControlState.COMMAND, usart.controlState());
    }

    @Test
    void commandBitsDecode() {
        asyncSetup(COMMAND_TXEN);
        assertTrue(usart.isTransmitterEnabled());
        assertFalse(usart.isReceiverEnabled());
        usart.write(CTRL, COMMAND_DTR | COMMAND_RTS);
        assertTrue(usart.isDtrActive());
        assertTrue(usart.isRtsActive());
        assertFalse(usart.isTransmitterEnabled());
        usart.write(CTRL, COMMAND_RXE | COMMAND_SBRK);
        assertTrue(usart.isReceiverEnabled());
        assertTrue(usart.isSendingBreak());
    }

    @Test
    void rxRdyAndIntUpOnReceiveDownOnDataRead() {
        asyncSetup(CMD_BASIC);
        assertTrue(usart.readyToReceive());
        usart.receive('k');
        assertEquals(STATUS_RXRDY, status() & STATUS_RXRDY);
        assertTrue(usart.interruptRequested());
        assertFalse(usart.readyToReceive());
        assertEquals('k', usart.read(DATA));
        assertEquals(0, status() & STATUS_RXRDY);
        assertFalse(usart.interruptRequested());
        assertTrue(usart.readyToReceive());
    }

    @Test
    void rtsOffHoldsInputBackUntilRaisedAgain() {
        asyncSetup(CMD_BASIC);
        assertTrue(usart.readyToReceive());
        usart.write(CTRL, CMD_BASIC & ~COMMAND_RTS);
        assertFalse(usart.readyToReceive(), "RTS dropped: the sender waits");
        assertTrue(usart.isReceiverEnabled(), "the receiver itself stays on");
        usart.write(CTRL, CMD_BASIC);
        assertTrue(usart.readyToReceive(), "RTS raised again");
    }

    @Test
    void sketchCompatibleIgnoresRts() {
        usart.setSketchCompatible(true);
        asyncSetup(COMMAND_RXE);
        assertTrue(usart.readyToReceive());
    }

    @Test
    void receiverDisabledIgnoresBytesAndIsNotReady() {
        asyncSetup(COMMAND_TXEN);
        assertFalse(usart.readyToReceive());
        usart.receive('z');
        assertEquals(0, status() & STATUS_RXRDY);
        assertFalse(usart.interruptRequested());
    }

    @Test
    void sketchCompatibleIgnoresRxEAndTxEn() {
        usart.setSketchCompatible(true);
        asyncSetup(COMMAND_DTR);
        assertTrue(usart.readyToReceive(), "a command touches the chip");
        usart.receive('z');
        assertTrue(usart.interruptRequested());
        assertEquals('z', usart.read(DATA));
        usart.write(DATA, 'y');
        assertEquals(List.of((int) 'y'), sent);
    }

    @Test
    void overrunReplacesTheUnreadByteAndSetsOe() {
        asyncSetup(CMD_BASIC);
        usart.receive(1);
        usart.receive(2);
        assertEquals(STATUS_OE, status() & STATUS_OE);
        assertEquals(2, usart.read(DATA));
        assertEquals(STATUS_OE, status() & STATUS_OE, "OE stays until error reset");
    }

    @Test
    void errorResetClearsPeOeFe() {
        asyncSetup(CMD_BASIC);
        usart.receiveFrame(1, true, false);
        usart.receiveFrame(2, false, true);
        int errors = STATUS_PE | STATUS_OE | STATUS_FE;
        assertEquals(errors, status() & errors);
        usart.write(CTRL, CMD_BASIC & ~COMMAND_ER);
        assertEquals(errors, status() & errors, "a command without ER keeps them");
        usart.write(CTRL, CMD_BASIC);
        assertEquals(0, status() & errors);
        assertEquals(STATUS_RXRDY, status() & STATUS_RXRDY, "error reset leaves the data");
    }

    @Test
    void txRdyStatusIsNotConditionedByTxEn() {
        asyncSetup(COMMAND_RXE);
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
    }

    @Test
    void byteWrittenWithTransmitterDisabledIsHeldUntilTxEn() {
        asyncSetup(COMMAND_RXE);
        usart.write(DATA, 'a');
        usart.write(DATA, 'b');                   // replaces the held byte
        assertTrue(sent.isEmpty());
        assertEquals(0, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
        usart.write(CTRL, COMMAND_RXE | COMMAND_TXEN);
        assertEquals(List.of((int) 'b'), sent);
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
    }

    @Test
    void sendBreakHoldsTransmission() {
        asyncSetup(COMMAND_TXEN | COMMAND_SBRK);
        usart.write(DATA, 'c');
        assertTrue(sent.isEmpty());
        usart.write(CTRL, COMMAND_TXEN);
        assertEquals(List.of((int) 'c'), sent);
    }

    @Test
    void transmitReachesListenerAtOnceWhenUnpaced() {
        asyncSetup(CMD_BASIC);
        usart.write(DATA, 'O');
        usart.write(DATA, 'K');
        assertEquals(List.of((int) 'O', (int) 'K'), sent);
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
    }

    @Test
    void pacedTxRdyAndTxEmpty() {
        asyncSetup(CMD_BASIC);
        usart.setCharacterTime(500);
        usart.tick(2000);
        usart.write(DATA, 1);
        assertEquals(STATUS_TXRDY, status() & (STATUS_TXRDY | STATUS_TXEMPTY), "on the line, buffer free");
        usart.write(DATA, 2);
        assertEquals(0, status() & (STATUS_TXRDY | STATUS_TXEMPTY), "second byte waits");
        usart.tick(2500);
        assertEquals(STATUS_TXRDY, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
        usart.tick(3000);
        assertEquals(STATUS_TXRDY | STATUS_TXEMPTY, status() & (STATUS_TXRDY | STATUS_TXEMPTY));
    }

    @Test
    void huntModeSingleSyncSetsSyndetAndDropsBytesUntilMatch() {
        usart.write(CTRL, 0x8C);                  // sync, single sync char
        usart.write(CTRL, 0x16);
        usart.write(CTRL, COMMAND_RXE | COMMAND_RTS | COMMAND_EH);
        assertTrue(usart.isHunting());
        assertTrue(usart.readyToReceive(), "bytes are taken while hunting");
        usart.receive(0x55);
        assertEquals(0, status() & (STATUS_SYNDET | STATUS_RXRDY));
        usart.receive(0x16);
        assertFalse(usart.isHunting());
        assertEquals(STATUS_SYNDET, usart.status() & (STATUS_SYNDET | STATUS_RXRDY));
        assertEquals(STATUS_SYNDET, status() & STATUS_SYNDET, "a firmware read sees it once");
        assertEquals(0, status() & STATUS_SYNDET, "then it is reset");
        usart.receive(0x33);
        assertEquals(0x33, usart.read(DATA));
    }

    @Test
    void huntModeDoubleSyncNeedsBothInOrder() {
        usart.write(CTRL, 0x0C);
        usart.write(CTRL, 0x16);
        usart.write(CTRL, 0x17);
        usart.write(CTRL, COMMAND_RXE | COMMAND_EH);
        usart.receive(0x17);
        usart.receive(0x16);
        usart.receive(0x16);
        assertTrue(usart.isHunting());
        usart.receive(0x17);
        assertFalse(usart.isHunting());
        assertEquals(STATUS_SYNDET, status() & STATUS_SYNDET);
    }

    @Test
    void enterHuntIsIgnoredInAsyncMode() {
        asyncSetup(CMD_BASIC | COMMAND_EH);
        assertFalse(usart.isHunting());
        usart.receive('a');
        assertEquals(STATUS_RXRDY, status() & (STATUS_RXRDY | STATUS_SYNDET));
    }

    @Test
    void hardwareResetForgetsModeAndCommand() {
        asyncSetup(CMD_BASIC);
        usart.reset();
        assertEquals(ControlState.MODE, usart.controlState());
        assertEquals(0, usart.commandRegister());
        assertEquals(0, usart.mode().value());
    }

    @Test
    void grantSearleBasicSetupReceivesByInterrupt() {
        usart.write(CTRL, 0x4D);
        usart.write(CTRL, 0x37);
        assertTrue(usart.readyToReceive());
        usart.receive('C');
        assertTrue(usart.interruptRequested());
        assertEquals('C', usart.read(DATA));
        assertFalse(usart.interruptRequested());
    }
}
