package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.devices.I8251Usart;
import retroshield.devices.Mc6850Acia;

/** The serial chip's registers decoded for the debugger, without touching the chip. */
class ChipViewTest {

    @Test
    void mc6850StatusBitsAndControlFields() {
        Mc6850Acia a = new Mc6850Acia(0x80, 0x81);
        a.write(0x80, 0x96);
        a.receive('x');
        String text = ChipView.describe(a);
        assertTrue(text.contains("status  $83: IRQ=1 PE=0 OVRN=0 FE=0 CTS=0 DCD=0 TDRE=1 RDRF=1"), text);
        assertTrue(text.contains("RX irq 1"), text);
        assertTrue(ChipView.describe(a).equals(text), "describing changes nothing");
    }

    @Test
    void i8251CommandBits() {
        I8251Usart u = new I8251Usart(0, 1);
        u.write(1, 0x4D);
        u.write(1, 0x37);
        String text = ChipView.describe(u);
        assertTrue(text.contains("command $27: EH=0 IR=0 RTS=1 ER=0 SBRK=0 RxE=1 DTR=1 TxEN=1"), text);  // ER is a one-shot
    }
}
