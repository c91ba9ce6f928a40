package retroshield.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny hand-assembled ROM for the app tests: prints "READY" and then echoes every byte it
 * receives on an MC6850 ACIA at $80 (control/status) / $81 (data), polling RDRF and TDRE.
 */
final class EchoRom {

    private EchoRom() {
    }

    /** The full image: banner loop, echo loop, banner text. */
    static byte[] image() {
        int[] code = {
            0x3E, 0x03,             // 0000 LD A,$03        ACIA master reset
            0xD3, 0x80,             // 0002 OUT ($80),A
            0x3E, 0x15,             // 0004 LD A,$15        8N1, clock /16
            0xD3, 0x80,             // 0006 OUT ($80),A
            0x21, 0x30, 0x00,       // 0008 LD HL,$0030     banner text
            0x7E,                   // 000B LD A,(HL)
            0xB7,                   // 000C OR A
            0x28, 0x0C,             // 000D JR Z,$001B      banner done
            0x47,                   // 000F LD B,A
            0xDB, 0x80,             // 0010 IN A,($80)      wait for TDRE
            0xE6, 0x02,             // 0012 AND $02
            0x28, 0xFA,             // 0014 JR Z,$0010
            0x78,                   // 0016 LD A,B
            0xD3, 0x81,             // 0017 OUT ($81),A
            0x23,                   // 0019 INC HL
            0x18, 0xEF,             // 001A JR $000B
            0xDB, 0x80,             // 001B IN A,($80)      wait for RDRF
            0xE6, 0x01,             // 001D AND $01
            0x28, 0xFA,             // 001F JR Z,$001B
            0xDB, 0x81,             // 0021 IN A,($81)      the received byte
            0x47,                   // 0023 LD B,A
            0xDB, 0x80,             // 0024 IN A,($80)      wait for TDRE
            0xE6, 0x02,             // 0026 AND $02
            0x28, 0xFA,             // 0028 JR Z,$0024
            0x78,                   // 002A LD A,B
            0xD3, 0x81,             // 002B OUT ($81),A     echo it
            0x18, 0xEC,             // 002D JR $001B
        };
        byte[] image = new byte[0x40];
        for (int i = 0; i < code.length; i++) {
            image[i] = (byte) code[i];
        }
        byte[] banner = "READY\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(banner, 0, image, 0x30, banner.length);
        return image;
    }

    /** Writes echo.bin and echo.json into a folder; returns the metadata file. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("echo.bin"), image());
        String json = """
                {
                  "name": "Echo test",
                  "version": "1",
                  "language": "Test",
                  "description": "Prints READY and echoes what it receives.",
                  "licence": "MIT",
                  "image": { "file": "echo.bin", "loadAddress": "0x0000" },
                  "memory": [
                    { "start": "0x0000", "end": "0x1FFF", "type": "rom" },
                    { "start": "0x2000", "end": "0xFFFF", "type": "ram" }
                  ],
                  "ramFill": "zero",
                  "serial": { "chip": "mc6850", "controlPort": "0x80", "dataPort": "0x81", "interruptDriven": false },
                  "input": { "upperCase": false, "enter": "CR", "backspace": "BS" },
                  "clock": { "preset": "4mhz" },
                  "terminal": { "columns": 80, "rows": 24 },
                  "ready": "READY",
                  "examples": [ { "input": "hello", "expect": "hello" } ]
                }
                """;
        Path meta = folder.resolve("echo.json");
        Files.writeString(meta, json);
        return meta;
    }
}
