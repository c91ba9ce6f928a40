package retroshield.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.machine.Machine;
import retroshield.machine.MachineSnapshot;
import retroshield.rom.RomLoader;

/** History: reverse step and reverse continue put registers, memory and the serial chip back exactly. */
class ReverseDebugTest {

    private record Out(long position, int value) {
    }

    @Test
    void reverseTenThousandThenForwardAgainIsByteIdentical() throws Exception {
        Machine m = new Machine(new RomLoader().load(Path.of("roms", "mint.json")));
        Debugger d = new Debugger(m, null);
        d.setHistory(Debugger.DEFAULT_HISTORY);
        List<Out> out = new ArrayList<>();
        m.serialHost().addOutputListener(b -> out.add(new Out(d.position(), b)));
        while (!render(out).contains("> ")) {                     // boot to the prompt
            d.run(10_000);
            assertTrue(d.position() < 5_000_000, "MINT booted");
        }
        m.serialHost().send(":B 1 2 3 + + . ;\rB B\r10(/i .)\r");  // input that arrives while we go
        d.run(1_500);
        MachineSnapshot middle = m.snapshot();
        long middlePosition = d.position();
        d.run(10_000);
        MachineSnapshot end = m.snapshot();
        List<Out> outAtEnd = new ArrayList<>(out);
        assertTrue(out.stream().anyMatch(o -> o.position() > middlePosition), "serial output in the stretch: "
                + render(out) + " at " + middlePosition + " " + out.get(out.size() - 1));

        StopReason r = d.reverseStep(10_000);
        assertEquals(StopReason.Kind.STEP, r.kind(), r.message());
        assertEquals(middlePosition, d.position());
        assertEquals(middle, m.snapshot(), "registers, memory, chip and input queue as they were");
        out.removeIf(o -> o.position() >= middlePosition);

        d.run(10_000);
        assertEquals(end, m.snapshot(), "forward again: the same state");
        assertEquals(outAtEnd, out, "forward again: the same serial output at the same instructions");

        d.run(400_000);
        String text = render(out);
        assertTrue(text.contains("6 6 "), text);
        assertTrue(text.contains("0 1 2 3 4 5 6 7 8 9"), text);
    }

    @Test
    void reverseStepOneInstructionUndoesExactlyOne() {
        Machine m = DebugPrograms.machine();
        Debugger d = new Debugger(m, null);
        d.setHistory(1000);
        d.runTo(DebugPrograms.LDIR, 100);
        d.stepInto();
        byte[] before = m.memory().dump(0x3000, 16);
        int bc = m.cpu().bc();
        d.stepInto();
        d.reverseStep(1);
        assertArrayEquals(before, m.memory().dump(0x3000, 16));
        assertEquals(bc, m.cpu().bc());
        assertEquals(0, m.memory().read(0x3001), "the second LDIR byte is unwritten");
    }

    @Test
    void reverseContinueGoesBackToTheLastBreakpointHit() {
        Machine m = DebugPrograms.machine();
        Debugger d = new Debugger(m, null);
        d.setHistory(100_000);
        d.addBreakpoint(DebugPrograms.DJNZ, "B < 4", null);
        d.addBreakpoint(DebugPrograms.SUB);
        assertEquals(DebugPrograms.SUB, pcAfter(d.run(1000), m));
        d.run(1000);
        d.run(1000);
        d.run(1000);
        StopReason last = d.run(1000);
        assertEquals(StopReason.Kind.HALTED_FOREVER, last.kind(), last.message());
        StopReason r = d.reverseContinue();
        assertEquals(StopReason.Kind.BREAKPOINT, r.kind(), r.message());
        assertEquals(DebugPrograms.DJNZ, m.cpu().pc());
        assertEquals(1, m.cpu().bc() >> 8, "the last time round the loop");
        d.reverseContinue();
        assertEquals(2, m.cpu().bc() >> 8);
        d.reverseContinue();
        d.reverseContinue();
        assertEquals(DebugPrograms.SUB, m.cpu().pc());
        StopReason start = d.reverseContinue();
        assertEquals(StopReason.Kind.HISTORY_START, start.kind());
        assertEquals(0, d.position());
        assertEquals(0, m.cpu().pc());
    }

    @Test
    void historyIsBoundedButKeepsAtLeastItsLength() {
        Machine m = new Machine(loadMonitor());
        Debugger d = new Debugger(m, null);
        d.setHistory(5_000);
        d.run(50_000);
        assertTrue(d.historyAvailable() >= 5_000 && d.historyAvailable() < 5_000 + 2 * History.INTERVAL,
                "kept " + d.historyAvailable());
        StopReason r = d.reverseStep(20_000);
        assertEquals(StopReason.Kind.HISTORY_START, r.kind());
    }

    private static retroshield.rom.LoadedRom loadMonitor() {
        try {
            return new RomLoader().load(Path.of("roms", "monitor.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int pcAfter(StopReason r, Machine m) {
        return m.cpu().pc();
    }

    private static String render(List<Out> out) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        out.forEach(o -> b.write(o.value()));
        return b.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
