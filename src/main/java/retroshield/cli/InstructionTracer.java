package retroshield.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import retroshield.cpu.DebugHook;
import retroshield.cpu.Z80;
import retroshield.debug.Disassembler;
import retroshield.debug.Disassembly;
import retroshield.machine.Machine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --trace} file: one line per instruction, written before it executes:
 * <pre>
 * 0000  F3           DI                   AF=FFFF BC=0000 DE=0000 HL=0000 IX=0000 IY=0000 SP=FFFF T=0
 * </pre>
 * address, instruction bytes, disassembly, registers, and the T-state counter at its start.
 * While the CPU sits in HALT a single {@code (halted)} line stands for all the HALT cycles.
 */
final class InstructionTracer implements DebugHook, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstructionTracer.class);

    private final Machine machine;
    private final Disassembler disassembler = new Disassembler();
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(128);
    private boolean haltNoted;
    private boolean failed;

    InstructionTracer(Machine machine, Path file) throws IOException {
        this.machine = machine;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public boolean beforeInstruction(int pc) {
        if (failed) {
            return false;
        }
        Z80 cpu = machine.cpu();
        try {
            if (cpu.isHalted()) {
                if (!haltNoted) {
                    haltNoted = true;
                    out.write(String.format("%04X  (halted, waiting for an interrupt)  T=%d%n",
                            (pc - 1) & 0xFFFF, cpu.cycles()));
                }
                return false;
            }
            haltNoted = false;
            Disassembly d = disassembler.disassemble(a -> machine.memory().read(a), pc);
            line.setLength(0);
            line.append(String.format("%04X  ", pc));
            StringBuilder bytes = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                if (i > 0) {
                    bytes.append(' ');
                }
                bytes.append(String.format("%02X", machine.memory().read(pc + i)));
            }
            line.append(String.format("%-12s %-20s ", bytes, d.text()));
            line.append(String.format("AF=%04X BC=%04X DE=%04X HL=%04X IX=%04X IY=%04X SP=%04X T=%d",
                    cpu.af(), cpu.bc(), cpu.de(), cpu.hl(), cpu.ix(), cpu.iy(), cpu.sp(), cpu.cycles()));
            line.append(System.lineSeparator());
            out.write(line.toString());
        } catch (IOException e) {
            failed = true;
            LOG.warn("trace stopped: {}", e.getMessage());
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
