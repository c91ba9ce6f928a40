package retroshield.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import retroshield.devices.InputPacing;
import retroshield.rom.ChipType;
import retroshield.rom.MemoryRegion;
import retroshield.rom.NumberText;
import retroshield.rom.RamFill;
import retroshield.rom.RegionType;

/**
 * Picocli converters for {@code run}'s option values, so bad values are refused while the
 * command line is parsed, with one message each ({@code run: --chip: unknown chip "6502", ...}).
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /** mc6850 or i8251. */
    static final class Chip implements ITypeConverter<ChipType> {
        @Override
        public ChipType convert(String value) {
            ChipType type = ChipType.byName(value.trim());
            if (type == null) {
                throw new TypeConversionException("unknown chip \"" + value + "\", expected mc6850 or i8251");
            }
            return type;
        }
    }

    /** zero, ff or random. */
    static final class Fill implements ITypeConverter<RamFill> {
        @Override
        public RamFill convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "zero" -> RamFill.ZERO;
                case "ff" -> RamFill.FF;
                case "random" -> RamFill.RANDOM;
                default -> throw new TypeConversionException("unknown fill \"" + value
                        + "\", expected zero, ff or random");
            };
        }
    }

    /** none, rts, echo or line. */
    static final class Pacing implements ITypeConverter<InputPacing.Mode> {
        @Override
        public InputPacing.Mode convert(String value) {
            InputPacing.Mode mode = InputPacing.Mode.byName(value);
            if (mode == null) {
                throw new TypeConversionException("unknown mode \"" + value + "\", expected none, rts, echo or line");
            }
            return mode;
        }
    }

    /** A ROM region START-END in hex ({@code --rom 0000-1FFF}). */
    static final class RomRegion implements ITypeConverter<MemoryRegion> {
        @Override
        public MemoryRegion convert(String value) {
            return region(value, RegionType.ROM);
        }
    }

    /** A RAM region START-END in hex ({@code --ram 2000-FFFF}). */
    static final class RamRegion implements ITypeConverter<MemoryRegion> {
        @Override
        public MemoryRegion convert(String value) {
            return region(value, RegionType.RAM);
        }
    }

    private static final String REGION_FORM = "expected START-END in hex within 0000-FFFF, e.g. 2000-FFFF";

    /**
     * START-END, each 0000..FFFF in hex ($ or 0x allowed), START not above END; a bad value
     * is named with what is wrong with it.
     */
    static MemoryRegion region(String value, RegionType type) {
        String[] parts = value.split("-", -1);
        if (parts.length != 2) {
            throw new TypeConversionException("\"" + value + "\": " + REGION_FORM);
        }
        int start = address(value, parts[0]);
        int end = address(value, parts[1]);
        if (start > end) {
            throw new TypeConversionException(String.format("\"%s\": the start $%04X is above the end $%04X; %s",
                    value, start, end, REGION_FORM));
        }
        return new MemoryRegion(start, end, type);
    }

    private static int address(String value, String part) {
        Long address = NumberText.parseHex(part);
        if (address == null) {
            throw new TypeConversionException("\"" + value + "\": \"" + part.trim() + "\" is not a hex number; "
                    + REGION_FORM);
        }
        if (address > 0xFFFF) {
            throw new TypeConversionException("\"" + value + "\": " + part.trim() + " is beyond FFFF; " + REGION_FORM);
        }
        return address.intValue();
    }
}
