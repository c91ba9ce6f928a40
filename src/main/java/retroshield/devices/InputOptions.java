package retroshield.devices;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * How typed (and pasted) text becomes bytes for the firmware.
 *
 * @param upperCase turn a-z into A-Z (as the Arduino 8251 sketches do); other letters stay
 * @param enter     the bytes a typed line end becomes
 * @param backspace the byte a typed backspace or delete becomes
 * @param pacing    how typed and pasted text is paced into the firmware
 */
public record InputOptions(boolean upperCase, LineEnding enter, BackspaceCode backspace, InputPacing pacing) {

    /** Enter and backspace must be given; a null pacing is {@link InputPacing#DEFAULT}. */
    public InputOptions {
        Objects.requireNonNull(enter, "enter");
        Objects.requireNonNull(backspace, "backspace");
        pacing = pacing == null ? InputPacing.DEFAULT : pacing;
    }

    /** Key translation with the default pacing (RTS handshake). */
    public InputOptions(boolean upperCase, LineEnding enter, BackspaceCode backspace) {
        this(upperCase, enter, backspace, InputPacing.DEFAULT);
    }

    /** A copy with another pacing. */
    public InputOptions withPacing(InputPacing newPacing) {
        return new InputOptions(upperCase, enter, backspace, newPacing);
    }

    /** No upper-casing, Enter = CR, Backspace = BS. */
    public static InputOptions defaults() {
        return new InputOptions(false, LineEnding.CR, BackspaceCode.BS);
    }

    /**
     * Bytes for typed text. "\n", "\r" and "\r\n" each become one Enter; '\b' and DEL ($7F)
     * become the Backspace byte; with {@code upperCase} a-z become A-Z; every other character
     * is its ISO-8859-1 byte, and a character beyond $FF (one code point, even a surrogate pair)
     * becomes '?'.
     */
    public byte[] translate(String typed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(typed.length() + 8);
        byte[] enterBytes = enter.bytes();
        int n = typed.length();
        for (int i = 0; i < n; i++) {
            char c = typed.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && typed.charAt(i + 1) == '\n') {
                    i++;
                }
                out.writeBytes(enterBytes);
            } else if (c == '\n') {
                out.writeBytes(enterBytes);
            } else if (c == '\b' || c == 0x7F) {
                out.write(backspace.code());
            } else if (upperCase && c >= 'a' && c <= 'z') {
                out.write(c - 'a' + 'A');
            } else if (c <= 0xFF) {
                out.write(c);
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(typed.charAt(i + 1))) {
                    i++;
                }
                out.write('?');
            }
        }
        return out.toByteArray();
    }
}
