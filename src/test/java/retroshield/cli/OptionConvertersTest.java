package retroshield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RegionType;

/** {@code run}'s --rom and --ram values: what is accepted, and what a bad one is told. */
class OptionConvertersTest {

    private static String refusal(String value) {
        return assertThrows(TypeConversionException.class, () -> new OptionConverters.RamRegion().convert(value),
                value).getMessage();
    }

    @Test
    void regionsInHexWithOrWithoutPrefixes() {
        assertEquals(new MemoryRegion(0x0000, 0x1FFF, RegionType.ROM), new OptionConverters.RomRegion().convert("0000-1FFF"));
        assertEquals(new MemoryRegion(0x2000, 0xFFFF, RegionType.RAM), new OptionConverters.RamRegion().convert("$2000-0xffff"));
        assertEquals(new MemoryRegion(0x10, 0x10, RegionType.RAM), new OptionConverters.RamRegion().convert(" 10 - 10 "));
    }

    @Test
    void aBadRegionIsToldWhatIsWrong() {
        String form = "expected START-END in hex within 0000-FFFF, e.g. 2000-FFFF";
        assertEquals("\"2000\": " + form, refusal("2000"));
        assertEquals("\"1-2-3\": " + form, refusal("1-2-3"));
        assertEquals("\"-FFFF\": \"\" is not a hex number; " + form, refusal("-FFFF"));
        assertEquals("\"2000-FFFG\": \"FFFG\" is not a hex number; " + form, refusal("2000-FFFG"));
        assertEquals("\"2000-10000\": 10000 is beyond FFFF; " + form, refusal("2000-10000"));
        assertEquals("\"2000-1000\": the start $2000 is above the end $1000; " + form, refusal("2000-1000"));
    }
}
