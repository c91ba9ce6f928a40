package retroshield.machine;

import java.nio.file.Path;
import java.util.List;
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

/** Machines around hand-assembled programs: ROM $0000-$1FFF, RAM $2000-$FFFF. */
public final class TestMachines {

    static final int ACIA_CONTROL = 0x80;
    static final int ACIA_DATA = 0x81;
    static final int USART_DATA = 0x00;
    static final int USART_CONTROL = 0x01;

    private TestMachines() {
    }

    static RomMetadata metadata(ChipType chip, boolean interruptDriven) {
        return new RomMetadata("test", "", "", "", "", new ImageSpec(Path.of("test.bin"), 0),
                List.of(new MemoryRegion(0, 0x1FFF, RegionType.ROM),
                        new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM)),
                RamFill.ZERO, SerialSpec.standard(chip, interruptDriven), RomMetadata.DEFAULT_INPUT,
                ClockSpec.DEFAULT, TerminalSpec.DEFAULT, null, List.of(), null, null);
    }

    static Machine machine(ChipType chip, boolean interruptDriven, Z80Asm program) {
        return new Machine(metadata(chip, interruptDriven),
                new RomImage(Path.of("test.bin"), List.of(new ImageSegment(0, program.bytes()))));
    }
}
