package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Interrupt modes, NMI, EI delay, HALT wake-up and the LD A,I P/V quirk. */
class Z80InterruptTest {

    private static final int NOP = 0x00;
    private static final int EI = 0xFB;
    private static final int DI = 0xF3;
    private static final int HALT = 0x76;

    private final TestBus bus = new TestBus();
    private final Z80 cpu = new Z80(bus);

    private void steps(int n) {
        for (int k = 0; k < n; k++) {
            cpu.step();
        }
    }

    @Test
    void im1TakesRst38After13TStatesOnceTheEiDelayHasPassed() {
        bus.load(0x0000, 0xED, 0x56, EI, NOP, NOP, NOP);        // IM 1; EI; NOP; NOP
        cpu.setSp(0x8000);
        cpu.setIntLine(true);
        steps(2);                                               // IM 1, EI
        assertEquals(4, cpu.step(), "the NOP after EI still runs");
        assertEquals(0x0004, cpu.pc());
        assertEquals(13, cpu.step(), "IM 1 acknowledge");
        assertEquals(0x0038, cpu.pc());
        assertEquals(0x0038, cpu.wz());
        assertEquals(0x7FFE, cpu.sp());
        assertEquals(0x0004, bus.word(0x7FFE), "pushed the address of the next instruction");
        assertFalse(cpu.iff1());
        assertFalse(cpu.iff2());
        assertEquals(0, bus.acknowledges, "IM 1 reads no byte from the bus");
    }

    @Test
    void consecutiveEisKeepDelayingAndEiRetReturnsBeforeTheNextInterrupt() {
        bus.load(0x0000, 0xED, 0x56, EI, EI, EI, NOP, NOP);
        bus.load(0x0038, EI, 0xC9);                             // handler: EI; RET
        cpu.setSp(0x8000);
        cpu.setIntLine(true);
        steps(4);                                               // IM 1 and three EIs
        assertEquals(0x0005, cpu.pc(), "no interrupt between consecutive EIs");
        assertEquals(4, cpu.step(), "the NOP after the last EI runs");
        assertEquals(13, cpu.step());
        assertEquals(0x0038, cpu.pc());
        cpu.step();                                             // EI
        assertEquals(10, cpu.step(), "RET runs before the interrupt is taken again");
        assertEquals(0x0006, cpu.pc());
        assertEquals(13, cpu.step(), "taken again after RET");
        assertEquals(0x0038, cpu.pc());
    }

    @Test
    void diBlocksTheInterrupt() {
        bus.load(0x0000, 0xED, 0x56, EI, DI, NOP, NOP, NOP);
        cpu.setIntLine(true);
        steps(6);
        assertEquals(0x0007, cpu.pc());
        assertFalse(cpu.iff1());
    }

    @Test
    void im2ReadsTheVectorFromITimes256PlusTheBusByte() {
        bus.load(0x0000, 0xED, 0x5E, EI, NOP);                  // IM 2; EI; NOP
        bus.load(0x1234, 0x78, 0x56);                           // vector table entry
        cpu.restore(withI(cpu.state(), 0x12));
        cpu.setSp(0x8000);
        bus.ackBytes.add(0x34);
        cpu.setIntLine(true);
        steps(3);
        assertEquals(19, cpu.step());
        assertEquals(0x5678, cpu.pc());
        assertEquals(0x0004, bus.word(0x7FFE));
        assertEquals(1, bus.acknowledges);
    }

    @Test
    void im0ExecutesAnRstFromTheBus() {
        bus.load(0x0000, EI, NOP, NOP);                         // IM 0 after reset
        cpu.setSp(0x8000);
        bus.ackBytes.add(0xD7);                                 // RST 10h
        cpu.setIntLine(true);
        steps(2);
        assertEquals(13, cpu.step());
        assertEquals(0x0010, cpu.pc());
        assertEquals(0x0002, bus.word(0x7FFE));
    }

    @Test
    void im0ExecutesACallTakenByteByByteFromTheBus() {
        bus.load(0x0000, EI, NOP, NOP);
        cpu.setSp(0x8000);
        bus.ackBytes.add(0xCD);                                 // CALL 1234h
        bus.ackBytes.add(0x34);
        bus.ackBytes.add(0x12);
        cpu.setIntLine(true);
        steps(2);
        assertEquals(19, cpu.step());
        assertEquals(0x1234, cpu.pc());
        assertEquals(0x0002, bus.word(0x7FFE));
        assertEquals(3, bus.acknowledges);
    }

    @Test
    void im0ExecutesASingleByteInstructionFromTheBusWithoutMovingPc() {
        bus.load(0x0000, EI, NOP, NOP);
        bus.ackBytes.add(0x3C);                                 // INC A
        cpu.setIntLine(true);
        steps(2);
        int a = cpu.af() >> 8;
        assertEquals(6, cpu.step(), "4 T-states plus 2 for the acknowledge");
        assertEquals((a + 1) & 0xFF, cpu.af() >> 8);
        assertEquals(0x0002, cpu.pc());
        assertFalse(cpu.iff1());
    }

    @Test
    void nmiWakesHaltKeepsIff2AndRetnRestoresIff1() {
        bus.load(0x0000, EI, HALT);
        bus.load(0x0066, 0xED, 0x45);                           // RETN
        cpu.setSp(0x8000);
        steps(2);
        assertTrue(cpu.isHalted());
        assertEquals(0x0002, cpu.pc(), "PC moves past HALT");
        int r = cpu.r();
        assertEquals(4, cpu.step(), "a HALT cycle");
        assertEquals((r + 1) & 0x7F, cpu.r());
        cpu.nmi();
        assertEquals(11, cpu.step());
        assertFalse(cpu.isHalted());
        assertEquals(0x0066, cpu.pc());
        assertFalse(cpu.iff1());
        assertTrue(cpu.iff2());
        assertEquals(0x0002, bus.word(0x7FFE));
        assertEquals(14, cpu.step(), "RETN");
        assertEquals(0x0002, cpu.pc());
        assertTrue(cpu.iff1());
    }

    @Test
    void haltWakesOnInterruptWith13TStates() {
        bus.load(0x0000, 0xED, 0x56, EI, HALT);
        cpu.setSp(0x8000);
        steps(3);
        assertTrue(cpu.isHalted());
        for (int k = 0; k < 5; k++) {
            assertEquals(4, cpu.step());
        }
        long before = cpu.cycles();
        cpu.setIntLine(true);
        assertEquals(13, cpu.step());
        assertEquals(before + 13, cpu.cycles());
        assertFalse(cpu.isHalted());
        assertEquals(0x0004, bus.word(0x7FFE), "returns after the HALT");
    }

    @Test
    void interruptRightAfterLdAIResetsParity() {
        bus.load(0x0000, 0xED, 0x56, EI, NOP, 0xED, 0x57, 0xED, 0x57);   // IM 1; EI; NOP; LD A,I; LD A,I
        steps(3);
        cpu.step();                                             // LD A,I with IFF2 = 1
        assertTrue((cpu.af() & FlagTables.PF) != 0, "P/V = IFF2");
        cpu.setIntLine(true);
        assertEquals(13, cpu.step());
        assertEquals(0, cpu.af() & FlagTables.PF, "the interrupt reset P/V");
    }

    @Test
    void ldAIWithoutInterruptKeepsParity() {
        bus.load(0x0000, EI, NOP, 0xED, 0x57, NOP);
        steps(4);
        assertTrue((cpu.af() & FlagTables.PF) != 0);
    }

    private static Z80State withI(Z80State s, int i) {
        return new Z80State(s.af(), s.bc(), s.de(), s.hl(), s.af2(), s.bc2(), s.de2(), s.hl2(),
                s.ix(), s.iy(), s.sp(), s.pc(), s.wz(), i, s.r(), s.im(), s.iff1(), s.iff2(),
                s.halted(), s.eiPending(), s.q(), s.ldAirFlag(), s.intLine(), s.nmiPending(), s.cycles());
    }
}
