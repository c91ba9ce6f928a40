package retroshield.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots of chip registers, descriptions and the factory. */
class SerialChipStateTest {

    @Test
    void mc6850RoundTripKeepsAPendingOverrun() {
        Mc6850Acia a = new Mc6850Acia(0x80, 0x81);
        a.write(0x80, 0x96);
        a.receive('A');
        a.receive('B');                              // overrun pending
        Mc6850State saved = a.saveState();
        Mc6850Acia b = new Mc6850Acia(0x80, 0x81);
        b.restoreState(saved);
        assertEquals(saved, b.saveState());
        assertEquals(a.read(0x80), b.read(0x80));
        assertEquals('A', b.read(0x81));
        assertEquals(Mc6850Acia.STATUS_OVRN, b.read(0x80) & Mc6850Acia.STATUS_OVRN, "the overrun came along");
    }

    @Test
    void mc6850HeldBreakByteComesBack() {
        Mc6850Acia a = new Mc6850Acia(0x80, 0x81);
        a.write(0x80, 0x76);
        a.write(0x81, 'q');
        Mc6850Acia b = new Mc6850Acia(0x80, 0x81);
        List<Integer> sent = new ArrayList<>();
        b.setTransmitListener(sent::add);
        b.restoreState(a.saveState());
        b.write(0x80, 0x16);
        assertEquals(List.of((int) 'q'), sent);
    }

    @Test
    void i8251RoundTripMidSyncSetup() {
        I8251Usart a = new I8251Usart(0, 1);
        a.write(1, 0x0C);                            // sync mode, two sync chars
        a.write(1, 0x16);                            // first one given
        I8251Usart b = new I8251Usart(0, 1);
        b.restoreState(a.saveState());
        assertEquals(I8251Usart.ControlState.SECOND_SYNC, b.controlState());
        b.write(1, 0x17);
        b.write(1, I8251Usart.COMMAND_RXE | I8251Usart.COMMAND_EH);
        assertTrue(b.isHunting());
        assertEquals(a.saveState().mode(), b.saveState().mode());
    }

    @Test
    void i8251RoundTripWithReceivedByteAndErrors() {
        I8251Usart a = new I8251Usart(0, 1);
        a.write(1, 0x4E);
        a.write(1, 0x37);
        a.receive(1);
        a.receive(2);
        I8251State saved = a.saveState();
        I8251Usart b = new I8251Usart(0, 1);
        b.restoreState(saved);
        assertEquals(saved, b.saveState());
        assertEquals(a.status(), b.status());
        assertEquals(2, b.read(0));
    }

    @Test
    void restoringTheWrongChipIsRefused() {
        Mc6850State s = new Mc6850Acia(0x80, 0x81).saveState();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new I8251Usart(0, 1).restoreState(s));
        assertTrue(e.getMessage().contains("mc6850"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Mc6850Acia(0x80, 0x81).restoreState(new I8251Usart(0, 1).saveState()));
    }

    @Test
    void autodetectSavesNothingBeforeTheDecisionAndBecomesTheSavedChip() {
        SerialAutoDetect auto = new SerialAutoDetect();
        assertNull(auto.saveState());
        I8251Usart usart = new I8251Usart(0, 1);
        usart.write(1, 0x4D);
        usart.write(1, 0x37);
        auto.restoreState(usart.saveState());
        assertInstanceOf(I8251Usart.class, auto.chosenChip().orElseThrow());
        assertEquals(usart.saveState(), auto.saveState());
        auto.restoreState(new Mc6850Acia(0x80, 0x81).saveState());
        assertEquals("mc6850", auto.chipName());
    }

    @Test
    void descriptions() {
        Mc6850Acia a = new Mc6850Acia(0x80, 0x81);
        a.write(0x80, 0x96);
        assertEquals("MC6850 $80/$81 control $96 (/64 8N1 RTS low, RX irq) status $02", a.toString());
        I8251Usart u = new I8251Usart(0, 1);
        assertEquals("8251 $00/$01 awaiting mode, sync 5N, 2 sync chars no command yet status $85", u.toString());
        u.write(1, 0x4E);
        u.write(1, 0x37);
        assertEquals("8251 $00/$01 async x16 8N1 command $27 status $85", u.toString());
    }

    @Test
    void factoryMakesTheNamedChip() {
        SerialDevice acia = SerialChips.create("MC6850", 0x10, 0x11);
        assertInstanceOf(Mc6850Acia.class, acia);
        assertEquals(0x10, ((Mc6850Acia) acia).controlPort());
        SerialDevice usart = SerialChips.create("i8251", 0x09, 0x08);
        assertEquals(0x08, ((I8251Usart) usart).dataPort());
        assertEquals(0x09, ((I8251Usart) usart).controlPort());
        assertInstanceOf(SerialAutoDetect.class, SerialChips.create("auto", 0, 0));
        assertEquals(0x01, ((I8251Usart) SerialChips.createAtUsualPorts("i8251")).controlPort());
        assertEquals(0x81, ((Mc6850Acia) SerialChips.createAtUsualPorts("mc6850")).dataPort());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SerialChips.create("z80sio", 0, 1));
        assertTrue(e.getMessage().contains("z80sio"), e.getMessage());
    }
}
