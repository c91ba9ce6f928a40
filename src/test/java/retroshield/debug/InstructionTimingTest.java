package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import retroshield.machine.Machine;

/** T-states per listed instruction, from the real core on scratch memory. */
class InstructionTimingTest {

    private final Machine machine = DebugPrograms.machine();
    private final InstructionTiming timing = new InstructionTiming(machine.memory()::read);

    private String at(int address) {
        return timing.tStates(machine.cpu().state(), address);
    }

    @Test
    void plainConditionalAndRepeatingInstructions() {
        assertEquals("10", at(0x0000));                    // LD SP,nn
        assertEquals("16/21", at(DebugPrograms.LDIR));
        assertEquals("17", at(DebugPrograms.CALL_SUB));
        assertEquals("8/13", at(DebugPrograms.DJNZ));
        assertEquals("11", at(DebugPrograms.OUT));
        assertEquals("4", at(DebugPrograms.HALT));
        assertEquals("10", at(0x0025));                    // RET
    }

    @Test
    void nothingRealIsTouched() {
        byte[] before = machine.memory().dump(0, 0x10000);
        at(DebugPrograms.CALL_SUB);
        at(DebugPrograms.LDIR);
        at(DebugPrograms.OUT);
        assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(machine.memory().dump(0, 0x10000)));
        assertEquals(0, machine.cpu().cycles());
    }
}
