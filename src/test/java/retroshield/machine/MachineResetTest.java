package retroshield.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.rom.ChipType;
import retroshield.rom.ClockSpec;
import retroshield.rom.ImageSegment;
import retroshield.rom.ImageSpec;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RamFill;
import retroshield.rom.RegionType;
import retroshield.rom.RomImage;
import retroshield.rom.RomMetadata;
import retroshield.rom.SerialSpec;
import retroshield.rom.TerminalSpec;

/**
 * Cold reset reloads the image and fills RAM as the metadata says; warm reset (the board's
 * button) resets CPU and chip only, so firmware that wrote over its own writable-ROM image
 * keeps its changes until the next power cycle.
 */
class MachineResetTest {

    private static final int PATCHED = 0x0040;       // an image byte the program increments
    private static final int FREE_RAM = 0x9000;

    /** DI; INC the image byte at $0040; set up the 8251; HALT. */
    private static Z80Asm selfPatching() {
        Z80Asm a = new Z80Asm();
        a.di()                                       // DI
                .ldAMem(PATCHED).incA()              // LD A,($0040) / INC A
                .ldMemA(PATCHED)                     // LD ($0040),A
                .ldA(0x4D).out(0x01)                 // 8251 mode instruction
                .ldA(0x37).out(0x01)                 // 8251 command instruction
                .halt();                             // HALT
        a.org(PATCHED).db(0x55);
        return a;
    }

    private static Machine machine(RamFill fill) {
        RomMetadata metadata = new RomMetadata("reset", "", "", "", "", new ImageSpec(Path.of("r.bin"), 0),
                List.of(new MemoryRegion(0, 0x1FFF, RegionType.WRITABLE_ROM),
                        new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM)),
                fill, SerialSpec.standard(ChipType.I8251, false), RomMetadata.DEFAULT_INPUT,
                ClockSpec.DEFAULT, TerminalSpec.DEFAULT, null, List.of(), null, null);
        return new Machine(metadata, new RomImage(Path.of("r.bin"),
                List.of(new ImageSegment(0, selfPatching().bytes()))));
    }

    @Test
    void coldResetReloadsTheImageWarmResetKeepsWhatTheFirmwareWrote() {
        Machine machine = machine(RamFill.ZERO);
        HeadlessSession session = HeadlessSession.of(machine);
        session.runFor(1000);
        assertTrue(machine.isHaltedForever());
        assertEquals(0x56, machine.memory().read(PATCHED), "writable ROM accepts the write");
        machine.warmReset();
        session.runFor(1000);
        assertEquals(0x57, machine.memory().read(PATCHED), "the reset button keeps memory");
        machine.coldReset();
        assertEquals(0x55, machine.memory().read(PATCHED), "power cycle reloads the image");
    }

    @Test
    void warmResetResetsTheSerialChip() {
        Machine machine = machine(RamFill.ZERO);
        var powerOn = machine.serialDevice().saveState();
        HeadlessSession.of(machine).runFor(1000);
        assertNotEquals(powerOn, machine.serialDevice().saveState(), "the program set the 8251 up");
        machine.warmReset();
        assertEquals(powerOn, machine.serialDevice().saveState(), "back to its state after hardware reset");
    }

    @Test
    void coldResetFillsRamAsTheMetadataSays() {
        Machine ff = machine(RamFill.FF);
        assertEquals(0xFF, ff.memory().read(FREE_RAM));
        ff.memory().write(FREE_RAM, 0);
        ff.coldReset();
        assertEquals(0xFF, ff.memory().read(FREE_RAM));

        Machine random = machine(RamFill.RANDOM);
        int[] first = new int[256];
        boolean varied = false;
        for (int i = 0; i < first.length; i++) {
            first[i] = random.memory().read(FREE_RAM + i);
            varied |= first[i] != first[0];
        }
        assertTrue(varied, "random fill is not one value");
        random.coldReset();
        boolean changed = false;
        for (int i = 0; i < first.length; i++) {
            changed |= random.memory().read(FREE_RAM + i) != first[i];
        }
        assertTrue(changed, "each power-on fills RAM afresh");
        assertFalse(random.memory().read(PATCHED) != 0x55, "the image is still loaded over the fill");
    }
}
