package retroshield.machine;

import static retroshield.machine.TestMachines.ACIA_CONTROL;
import static retroshield.machine.TestMachines.ACIA_DATA;
import static retroshield.machine.TestMachines.USART_CONTROL;
import static retroshield.machine.TestMachines.USART_DATA;

/** Echo firmwares for the serial tests, hand-assembled. */
public final class EchoPrograms {

    static final int ACIA_RESET = 0x03;              // counter divide 11: master reset
    static final int ACIA_8N1_POLLED = 0x15;         // /16, 8N1, RTS low, no interrupts
    static final int ACIA_8N1_RX_IRQ = 0x95;         // same with receive interrupts on
    static final int ACIA_RX_IRQ_RTS_LOW = 0x96;     // /64, 8N1, RTS low, receive interrupts (Firth)
    static final int ACIA_RX_IRQ_RTS_HIGH = 0xD6;    // /64, 8N1, RTS high, receive interrupts
    static final int ACIA_RDRF = 0x01;
    static final int ACIA_TDRE = 0x02;
    static final int USART_MODE_8N1_X16 = 0x4D;      // 1 stop bit, 8 bits, no parity, x16
    static final int USART_COMMAND = 0x37;           // TxEN, DTR, RxE, error reset, RTS
    static final int USART_TXRDY = 0x01;
    static final int USART_RXRDY = 0x02;

    /** RAM variables of the flow-control program. */
    static final int HEAD = 0x9000;
    static final int TAIL = 0x9001;
    static final int RTS_RAISED = 0x9002;
    static final int OVERFLOW = 0x9003;
    static final int BUFFER_PAGE = 0x80;             // ring buffer $8000-$80FF
    static final int RAISE_RTS_AT = 12;
    static final int LOWER_RTS_BELOW = 4;
    static final int OVERFLOW_AT = 14;

    private EchoPrograms() {
    }

    private static void acia(Z80Asm a, int control) {
        a.ldA(ACIA_RESET).out(ACIA_CONTROL)          // LD A,$03 / OUT ($80),A : master reset
                .ldA(control).out(ACIA_CONTROL);     // LD A,control / OUT ($80),A
    }

    private static void usart(Z80Asm a) {
        a.ldA(USART_MODE_8N1_X16).out(USART_CONTROL) // mode instruction
                .ldA(USART_COMMAND).out(USART_CONTROL); // command instruction
    }

    /** Sends A through the 6850 once TDRE is set (uses B). */
    private static void aciaSend(Z80Asm a, String wait) {
        a.ldBA()                                     // LD B,A : keep the byte
                .label(wait).in(ACIA_CONTROL)        // IN A,($80) : status
                .and(ACIA_TDRE).jrZ(wait)            // AND $02 / JR Z : until TDRE
                .ldAB().out(ACIA_DATA);              // LD A,B / OUT ($81),A
    }

    /** Sends A through the 8251 once TxRDY is set (uses B). */
    private static void usartSend(Z80Asm a, String wait) {
        a.ldBA()                                     // LD B,A
                .label(wait).in(USART_CONTROL)       // IN A,($01) : status
                .and(USART_TXRDY).jrZ(wait)          // AND $01 / JR Z : until TxRDY
                .ldAB().out(USART_DATA);             // LD A,B / OUT ($00),A
    }

    /** 6850, polled: wait RDRF, read, send back. */
    public static Z80Asm aciaPolled() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);                         // DI / LD SP,$0000 (stack at the top of RAM)
        acia(a, ACIA_8N1_POLLED);
        a.label("loop").in(ACIA_CONTROL)             // IN A,($80)
                .and(ACIA_RDRF).jrZ("loop")          // AND $01 / JR Z,loop
                .in(ACIA_DATA);                      // IN A,($81)
        aciaSend(a, "tx");
        a.jr("loop");                                // JR loop
        return a;
    }

    /** 8251, polled: wait RxRDY, read, send back. */
    public static Z80Asm usartPolled() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        usart(a);
        a.label("loop").in(USART_CONTROL)            // IN A,($01)
                .and(USART_RXRDY).jrZ("loop")        // AND $02 / JR Z,loop
                .in(USART_DATA);                     // IN A,($00)
        usartSend(a, "tx");
        a.jr("loop");
        return a;
    }

    /** 8251, IM 1: RxRDY interrupts; the RST 38h handler echoes one byte; main loop HALTs. */
    public static Z80Asm usartIm1() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        usart(a);
        a.im1().ei()                                 // IM 1 / EI
                .label("idle").halt().jr("idle");    // HALT / JR idle
        a.org(0x0038);
        usartHandler(a);
        return a;
    }

    private static void usartHandler(Z80Asm a) {
        a.pushAf()                                   // PUSH AF
                .in(USART_DATA);                     // IN A,($00) : clears RxRDY
        usartSend(a, "htx");
        a.popAf().ei().reti();                       // POP AF / EI / RETI
    }

    /** 8251, IM 2 with I=$01: the bus reads $FF during INTA, so the vector is at $01FF. */
    public static Z80Asm usartIm2() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        usart(a);
        a.ldA(0x01).ldIA()                           // LD A,$01 / LD I,A
                .im2().ei()                          // IM 2 / EI
                .label("idle").halt().jr("idle");
        a.org(0x0100).label("handler");
        usartHandler(a);
        a.org(0x01FF).dw("handler");                 // DW handler : IM 2 vector at $01FF
        return a;
    }

    /** 6850, IM 1, receive interrupts on: the handler echoes. */
    public static Z80Asm aciaIm1() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        acia(a, ACIA_8N1_RX_IRQ);
        a.im1().ei().label("idle").halt().jr("idle");
        a.org(0x0038);
        a.pushAf()
                .in(ACIA_CONTROL).and(ACIA_RDRF).jrZ("done")  // not a receive interrupt: leave
                .in(ACIA_DATA);                               // IN A,($81) : clears RDRF and IRQ
        aciaSend(a, "htx");
        a.label("done").popAf().ei().reti();
        return a;
    }

    /**
     * 6850 like Firth: receive interrupts fill a 256-byte ring buffer; at 12 bytes the handler
     * raises RTS ($D6); a slow main loop drains and echoes, lowering RTS ($96) below 4 bytes.
     * If a 14th byte ever arrives the OVERFLOW flag is set.
     */
    public static Z80Asm aciaRtsFlowControl() {
        Z80Asm a = new Z80Asm();
        a.jp("start");                               // JP start : the handler sits at $0038
        a.org(0x0038);
        a.pushAf().pushHl()
                .in(ACIA_CONTROL).and(ACIA_RDRF).jrZ("done")
                .in(ACIA_DATA)                       // IN A,($81)
                .ldHlInd(HEAD).ldH(BUFFER_PAGE)      // HL = $80 : HEAD
                .ldHlA()                             // LD (HL),A : store
                .ldAL().incA().ldMemA(HEAD)          // HEAD = HEAD + 1
                .ldHl(TAIL).subHl()                  // A = HEAD - TAIL
                .cp(OVERFLOW_AT).jrC("noOverflow")
                .ldA(1).ldMemA(OVERFLOW)
                .label("noOverflow").ldAMem(HEAD).ldHl(TAIL).subHl()
                .cp(RAISE_RTS_AT).jrC("done")
                .ldA(ACIA_RX_IRQ_RTS_HIGH).out(ACIA_CONTROL)  // raise RTS: host, hold on
                .ldA(1).ldMemA(RTS_RAISED)
                .label("done").popHl().popAf().ei().reti();
        a.org(0x0100).label("start");
        a.di().ldSp(0x0000);
        acia(a, ACIA_RX_IRQ_RTS_LOW);
        a.im1().ei();
        a.label("main").ldAMem(TAIL).ldBA()          // LD A,(TAIL) / LD B,A
                .ldAMem(HEAD).cpB().jrZ("main")      // LD A,(HEAD) / CP B / JR Z,main : empty
                .ldC(0x40).label("slow").decC().jrNz("slow") // a slow consumer
                .ldH(BUFFER_PAGE).ldLB().ldAHl();    // LD H,$80 / LD L,B / LD A,(HL)
        a.pushAf()
                .label("tx").in(ACIA_CONTROL).and(ACIA_TDRE).jrZ("tx")
                .popAf().out(ACIA_DATA)              // OUT ($81),A
                .ldAB().incA().ldMemA(TAIL)          // TAIL = TAIL + 1
                .ldAMem(RTS_RAISED).orA().jrZ("main")       // RTS low: nothing more to do
                .ldAMem(HEAD).ldHl(TAIL).subHl()     // A = HEAD - TAIL : bytes waiting
                .cp(LOWER_RTS_BELOW).jrNc("main")
                .di().ldA(ACIA_RX_IRQ_RTS_LOW).out(ACIA_CONTROL)  // lower RTS
                .xorA().ldMemA(RTS_RAISED).ei()
                .jr("main");
        return a;
    }

    /** Writes to the 8251's ports, then 'Y' to the 6850; stores IN ($00) at $9000; halts. */
    public static Z80Asm writesToBothChips() {
        Z80Asm a = new Z80Asm();
        a.di().ldSp(0x0000);
        acia(a, ACIA_8N1_POLLED);
        a.ldA(USART_MODE_8N1_X16).out(USART_CONTROL)
                .ldA('X').out(USART_DATA)            // the 8251 is not there: ignored
                .in(USART_DATA).ldMemA(0x9000)       // reads $FF
                .ldA('Y');
        aciaSend(a, "tx");
        a.halt();
        return a;
    }
}
