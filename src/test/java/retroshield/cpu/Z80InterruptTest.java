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
    void im0TakesTheOperandOfATwoByteInstructionFromTheBus() {
        bus.load(0x0000, EI, NOP, NOP);
        bus.ackBytes.add(0x3E);                                 // LD A,42h
        bus.ackBytes.add(0x42);
        cpu.setIntLine(true);
        steps(2);
        assertEquals(9, cpu.step(), "7 T-states plus 2 for the acknowledge");
        assertEquals(0x42, cpu.af() >> 8);
        assertEquals(0x0002, cpu.pc(), "PC stays on the interrupted instruction");
        assertEquals(2, bus.acknowledges);
    }

    @Test
    void im0RunsAPrefixedFourByteInstructionFromTheBus() {
        bus.load(0x0000, EI, NOP, NOP);
        for (int b : new int[] {0xDD, 0x21, 0x34, 0x12}) {      // LD IX,1234h
            bus.ackBytes.add(b);
        }
        cpu.setIntLine(true);
        steps(2);
        int r = cpu.r();
        assertEquals(16, cpu.step(), "14 T-states plus 2 for the acknowledge");
        assertEquals(0x1234, cpu.ix());
        assertEquals(0x0002, cpu.pc());
        assertEquals(4, bus.acknowledges);
        assertEquals((r + 2) & 0x7F, cpu.r(), "two M1 cycles: the acknowledge and the DD'd opcode");
        assertEquals(4, cpu.step(), "the interrupted program continues");
        assertEquals(0x0003, cpu.pc());
    }

    @Test
    void im0InstructionFromTheBusReadsDataFromMemory() {
        bus.load(0x0000, EI, NOP, NOP);
        bus.load(0x5000, 0x99);
        for (int b : new int[] {0x3A, 0x00, 0x50}) {            // LD A,(5000h)
            bus.ackBytes.add(b);
        }
        cpu.setIntLine(true);
        steps(2);
        assertEquals(15, cpu.step());
        assertEquals(0x99, cpu.af() >> 8, "the operand address is read from memory, not the bus");
        assertEquals(3, bus.acknowledges);
        assertEquals(0x0002, cpu.pc());
    }

    @Test
    void im0CallFromTheBusLeavesLaterFetchesOnMemory() {
        bus.load(0x0000, EI, NOP, NOP);
        bus.load(0x1234, 0x3E, 0x77);                           // handler: LD A,77h
        cpu.setSp(0x8000);
        for (int b : new int[] {0xCD, 0x34, 0x12}) {            // CALL 1234h
            bus.ackBytes.add(b);
        }
        cpu.setIntLine(true);
        steps(2);
        assertEquals(19, cpu.step());
        cpu.setIntLine(false);
        assertEquals(0x1234, cpu.pc());
        assertEquals(0x0002, bus.word(0x7FFE), "pushed the interrupted instruction's address");
        assertEquals(7, cpu.step(), "the handler's own bytes come from memory again");
        assertEquals(0x77, cpu.af() >> 8);
        assertEquals(3, bus.acknowledges);
    }

    @Test
    void intIsALevelLoweredBeforeTheEndOfTheInstructionItIsNotTaken() {
        bus.load(0x0000, 0xED, 0x56, EI, NOP, NOP, NOP);        // IM 1; EI; NOP; NOP; NOP
        steps(2);
        cpu.setIntLine(true);
        cpu.setIntLine(false);                                  // a pulse between instructions
        steps(3);
        assertEquals(0x0006, cpu.pc(), "a lowered line is not latched");
        assertTrue(cpu.iff1());
        cpu.setIntLine(true);
        assertEquals(13, cpu.step());
        assertTrue(cpu.intLine(), "the line stays asserted until the device lowers it");
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
