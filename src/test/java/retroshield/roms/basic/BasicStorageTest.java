package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.rom.StorageSpec;

/** SAVE, LOAD, MERGE, RUN "name", FILES/DIR and KILL on an SD card in a temporary folder. */
class BasicStorageTest {

    @TempDir
    Path dir;

    static final String PROGRAM = "10 REM SAVED\r\n20 FOR I=1 TO 3:PRINT I;:NEXT\r\n30 PRINT \"DONE\"\r\n";

    @Test
    void saveThenLoadAfterAPowerCycleIsIdentical() throws Exception {
        BasicSession basic = BasicSession.boot(StorageSpec.of(dir));
        basic.run("NEW");
        basic.enter(PROGRAM.split("\r\n"));
        assertEquals("", basic.run("SAVE \"PROG\""));
        assertEquals(PROGRAM, Files.readString(dir.resolve("PROG.BAS"), StandardCharsets.ISO_8859_1),
                "a plain text listing on the host");
        BasicSession fresh = BasicSession.boot(StorageSpec.of(dir));
        assertEquals("", fresh.run("LOAD \"PROG\""));
        assertEquals(PROGRAM, fresh.list("LIST"));
        assertEquals(" 1  2  3 DONE\r\n", fresh.run("RUN"));
        assertEquals(" 1  2  3 DONE\r\n", fresh.run("NEW").isEmpty() ? fresh.run("RUN \"PROG\"") : "");
    }

    @Test
    void hostFileLoadsMergesListsAndIsKilled() throws Exception {
        Files.writeString(dir.resolve("HOST.TXT"), "100 PRINT \"FROM HOST\"\n5 A=2\nthis line has no number\n");
        BasicSession basic = BasicSession.boot(StorageSpec.of(dir));
        basic.run("NEW");
        basic.enter("10 PRINT A");
        assertEquals("", basic.run("MERGE \"HOST.TXT\""));
        assertEquals("5 A=2\r\n10 PRINT A\r\n100 PRINT \"FROM HOST\"\r\n", basic.list("LIST"));
        assertEquals(" 2 \r\nFROM HOST\r\n", basic.run("RUN"));
        basic.run("SAVE \"TWO\"");
        String files = basic.run("FILES");
        assertTrue(files.contains("HOST.TXT\r\n") && files.contains("TWO.BAS\r\n"), files);
        assertEquals(files, basic.run("DIR"));
        assertEquals("", basic.run("KILL \"TWO\""));
        assertFalse(Files.exists(dir.resolve("TWO.BAS")));
        assertEquals("?FF Error\r\n", basic.run("KILL \"TWO\""));
        assertEquals("?FF Error\r\n", basic.run("LOAD \"MISSING\""));
        assertEquals("5 A=2\r\n10 PRINT A\r\n100 PRINT \"FROM HOST\"\r\n", basic.list("LIST"),
                "a failed LOAD keeps the program");
        assertEquals("?FF Error\r\n", basic.run("SAVE \"../OUT\""));
    }

    @Test
    void withoutACardTheStatementsSayNoCard() throws Exception {
        BasicSession basic = BasicSession.boot(null);
        assertEquals("?NC Error\r\n", basic.run("SAVE \"X\""));
        assertEquals("?NC Error\r\n", basic.run("LOAD \"X\""));
        assertEquals("?NC Error\r\n", basic.run("FILES"));
        assertEquals("?NC Error\r\n", basic.run("KILL \"X\""));
    }
}
