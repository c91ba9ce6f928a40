package retroshield.roms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.machine.HeadlessSession;
import retroshield.machine.Machine;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;
import retroshield.rom.StorageSpec;

/** Forth's SD card words (issue 15) on a card in a temporary folder, and without a card. */
class ForthStorageTest {

    @TempDir
    Path dir;
    private HeadlessSession session;

    private void boot(boolean withCard) throws Exception {
        assumeTrue(Files.exists(ForthSession.IMAGE), "roms/forth.bin is missing: run roms/build.sh forth");
        LoadedRom rom = new RomLoader().load(ForthSession.METADATA);
        var metadata = withCard ? rom.metadata().withStorage(StorageSpec.of(dir)) : rom.metadata().withStorage(null);
        session = HeadlessSession.of(new Machine(metadata, rom.image()));
        session.expect(" ok\r\n", ForthSession.BOOT_CYCLES);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private String run(String line) {
        session.type(line + "\r");
        String out = session.expect("\r\n", ForthSession.LINE_CYCLES);
        assertTrue(out.startsWith(line + " "), out);
        String reply = out.substring(line.length() + 1, out.length() - 2);
        return reply.endsWith(" ok") ? reply.substring(0, reply.length() - 3) : reply;
    }

    @Test
    void definitionsSavedWithWriteToLoadBackAfterAPowerCycle() throws Exception {
        boot(true);
        run("WRITE-TO SQUARES.FS");
        run(": SQ DUP * ;");
        run(": CUBE DUP SQ * ;");
        run("END-WRITE");
        assertEquals("27 ", run("3 CUBE ."));
        String saved = Files.readString(dir.resolve("SQUARES.FS"), StandardCharsets.ISO_8859_1);
        assertEquals(": SQ DUP * ;\n: CUBE DUP SQ * ;\nEND-WRITE\n", saved);
        session.machine().coldReset();
        session.expect(" ok\r\n", ForthSession.BOOT_CYCLES);
        assertEquals("CUBE ?", run("3 CUBE .").trim());
        assertEquals("", run("INCLUDE SQUARES.FS"));
        assertEquals("64 ", run("4 CUBE ."));
    }

    @Test
    void aHostFileIsIncluded() throws Exception {
        Files.writeString(dir.resolve("host.fs"),
                "\\ written on the host\r\n: GREET .\" hello from the host\" ;\n( a comment ) : TWICE DUP + ;\n"
                        + "( a comment over\ntwo lines ) : THRICE DUP DUP + + ;\n"
                        + "0 [IF] this line is skipped\n[THEN]\n", StandardCharsets.ISO_8859_1);
        boot(true);
        assertEquals("", run("S\" host.fs\" INCLUDED"));
        assertEquals("hello from the host", run("GREET"));
        assertEquals("42 ", run("21 TWICE ."));
        assertEquals("63 ", run("21 THRICE ."));
        assertEquals("5 ", run("( a one-line comment at the terminal ) 5 ."));
    }

    @Test
    void errorsInAnIncludedFileCloseIt() throws Exception {
        Files.writeString(dir.resolve("bad.fs"), ": OK1 1 ;\nNOT-A-WORD\n: NEVER 2 ;\n", StandardCharsets.ISO_8859_1);
        boot(true);
        assertEquals("bad.fs line 2: NOT-A-WORD ?", run("INCLUDE bad.fs").trim());
        assertEquals("1 ", run("OK1 ."));
        assertEquals("NEVER ?", run("NEVER").trim());
        assertEquals("bad.fs line 2: NOT-A-WORD ?", run("INCLUDE bad.fs").trim());  // not left open
    }

    @Test
    void fileAccessWords() throws Exception {
        boot(true);
        run("S\" data.txt\" W/O CREATE-FILE THROW VALUE FD");
        run("S\" first line\" FD WRITE-LINE THROW S\" second\" FD WRITE-LINE THROW FD CLOSE-FILE THROW");
        assertEquals("first line\nsecond\n", Files.readString(dir.resolve("data.txt")));
        run("S\" data.txt\" R/O OPEN-FILE THROW TO FD");
        assertEquals("0 -1 10 first line", run("PAD 80 FD READ-LINE . . . PAD 10 TYPE"));
        assertEquals("0 -1 6 ", run("PAD 80 FD READ-LINE . . ."));
        assertEquals("0 0 0 ", run("PAD 80 FD READ-LINE . . ."));
        run("FD CLOSE-FILE THROW");
        session.type("DIR\r");
        assertEquals("DIR data.txt\r\n ok\r\n", session.expect(" ok\r\n", ForthSession.LINE_CYCLES));
        assertEquals("0 ", run("S\" data.txt\" DELETE-FILE ."));
        assertFalse(Files.exists(dir.resolve("data.txt")));
        assertEquals("-38 ", run("S\" data.txt\" DELETE-FILE ."));
        assertEquals("error -38 no such file", run("INCLUDE missing.fs").trim());
    }

    @Test
    void withoutACardTheWordsThrowCleanly() throws Exception {
        boot(false);
        assertTrue(run("INCLUDE x.fs").contains("error -37"));
        assertTrue(run("WRITE-TO x.fs").contains("error -37"));
        assertEquals("-37 ", run("S\" x\" R/O OPEN-FILE NIP ."));
        assertEquals("6 ", run("2 3 * ."));
    }
}
