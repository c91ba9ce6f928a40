package retroshield.debug;

import java.nio.file.Path;
import java.util.List;
import retroshield.machine.Machine;
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

/** A hand-assembled program for the debugger tests: ROM $0000-$1FFF, RAM above, an MC6850. */
public final class DebugPrograms {

    /*
     * 0000 31 00 80  LD SP,$8000      0011 06 05     LD B,5
     * 0003 21 00 01  LD HL,$0100      0013 10 FE     DJNZ $0013
     * 0006 11 00 30  LD DE,$3000      0015 3E 0D     LD A,$0D
     * 0009 01 10 00  LD BC,$0010      0017 D3 81     OUT ($81),A
     * 000C ED B0     LDIR             0019 76        HALT
     * 000E CD 20 00  CALL sub
     * 0020 sub:   3C INC A / CD 28 00 CALL inner / 3C INC A / C9 RET
     * 0028 inner: 3C INC A / C9 RET
     * 0100 "0123456789ABCDEF"
     */
    static final int LDIR = 0x000C;
    static final int CALL_SUB = 0x000E;
    static final int AFTER_CALL = 0x0011;
    static final int DJNZ = 0x0013;
    static final int OUT = 0x0017;
    static final int HALT = 0x0019;
    static final int SUB = 0x0020;
    static final int SUB_CALL_INNER = 0x0021;
    static final int SUB_AFTER_INNER = 0x0024;
    static final int INNER = 0x0028;

    public static byte[] program() {
        byte[] p = new byte[0x110];
        put(p, 0x0000, 0x31, 0x00, 0x80, 0x21, 0x00, 0x01, 0x11, 0x00, 0x30, 0x01, 0x10, 0x00, 0xED, 0xB0,
                0xCD, 0x20, 0x00, 0x06, 0x05, 0x10, 0xFE, 0x3E, 0x0D, 0xD3, 0x81, 0x76);
        put(p, 0x0020, 0x3C, 0xCD, 0x28, 0x00, 0x3C, 0xC9, 0x00, 0x00, 0x3C, 0xC9);
        byte[] text = "0123456789ABCDEF".getBytes();
        System.arraycopy(text, 0, p, 0x100, text.length);
        return p;
    }

    public static Machine machine(byte[] program) {
        RomMetadata metadata = new RomMetadata("debug-test", "", "", "", "", new ImageSpec(Path.of("t.bin"), 0),
                List.of(new MemoryRegion(0, 0x1FFF, RegionType.ROM), new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM)),
                RamFill.ZERO, SerialSpec.standard(ChipType.MC6850, false), RomMetadata.DEFAULT_INPUT,
                ClockSpec.DEFAULT, TerminalSpec.DEFAULT, null, List.of(), null, null);
        return new Machine(metadata, new RomImage(Path.of("t.bin"), List.of(new ImageSegment(0, program))));
    }

    public static Machine machine() {
        return machine(program());
    }

    private static void put(byte[] p, int at, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            p[at + i] = (byte) bytes[i];
        }
    }

    private DebugPrograms() {
    }
}
