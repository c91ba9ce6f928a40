package retroshield.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import retroshield.devices.InputPacing;
import retroshield.rom.ChipType;
import retroshield.rom.RamFill;

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
}
