package retroshield.roms.fortran;

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
import retroshield.rom.StorageSpec;

/** SAVE, LOAD, DIR and OPEN/READ/WRITE/CLOSE of the FORTRAN ROM on an SD card in a temporary folder. */
class FortranStorageTest {

    @TempDir
    Path dir;
    private FortranSession f;

    private void boot(StorageSpec storage) throws Exception {
        assumeTrue(Files.exists(FortranSession.IMAGE), "roms/fortran.bin is missing: run roms/build.sh fortran");
        f = new FortranSession(storage);
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static final String PROGRAM = "PROGRAM SAVED\nDO 10 I = 1, 3\n10 PRINT *, 'LINE', I\nEND";

    @Test
    void savedProgramIsLoadedBackIdenticalAfterAPowerCycle() throws Exception {
        boot(StorageSpec.of(dir));
        f.run(PROGRAM);
        String listing = f.line("LIST");
        assertEquals("", f.line("SAVE \"PROG.F\""));
        assertEquals("      PROGRAM SAVED\n      DO 10 I = 1, 3\n10    PRINT *, 'LINE', I\n      END\n",
                Files.readString(dir.resolve("PROG.F")));
        f.powerCycle();
        assertEquals("", f.line("LIST"));
        assertEquals("", f.line("LOAD \"PROG.F\""));
        assertEquals(listing, f.line("LIST"));
        assertEquals(" LINE 1\r\n LINE 2\r\n LINE 3", f.line("RUN"));
        assertTrue(f.line("DIR").contains("PROG.F"));
    }

    @Test
    void aFixedFormDeckWrittenOnTheHostIsLoadedAndRuns() throws Exception {
        Files.writeString(dir.resolve("deck.f"), "C     A DECK WRITTEN ON THE HOST\r\n"
                + "      PROGRAM DECK\r\n      X = 1.5 +\r\n     &    2.5\r\n      PRINT *, X\r\n      END\r\n",
                StandardCharsets.US_ASCII);
        boot(StorageSpec.of(dir));
        assertEquals("", f.line("LOAD \"deck.f\""));
        assertEquals(" 4.0000000", f.line("RUN"));
        // the comment line is part of the stored program: SAVE writes it back
        assertEquals("", f.line("SAVE \"COPY.F\""));
        assertTrue(Files.readString(dir.resolve("COPY.F")).startsWith("C     A DECK WRITTEN ON THE HOST\n      PROGRAM DECK\n"),
                Files.readString(dir.resolve("COPY.F")));
    }

    @Test
    void dataFilesAreWrittenAndReadOnAUnit() throws Exception {
        boot(StorageSpec.of(dir));
        String out = f.run("PROGRAM FILES\n"
                + "OPEN(UNIT=7, FILE='DATA.TXT', STATUS='REPLACE')\n"
                + "DO 10 I = 1, 3\n"
                + "10 WRITE(7, '(I3, F6.2)') I, I * 1.5\n"
                + "CLOSE(7)\n"
                + "OPEN(7, FILE='DATA.TXT', STATUS='OLD')\n"
                + "S = 0\n"
                + "DO 20 I = 1, 3\n"
                + "READ(7, *) K, X\n"
                + "S = S + K * X\n"
                + "20 CONTINUE\n"
                + "CLOSE(7)\n"
                + "PRINT *, S\n"
                + "END");
        assertEquals(" 21.000000", out);
        assertEquals("  1  1.50\n  2  3.00\n  3  4.50\n", Files.readString(dir.resolve("DATA.TXT")));
    }

    @Test
    void readWithEndJumpsToTheLabelAtTheEndOfTheFile() throws Exception {
        Files.writeString(dir.resolve("VALUES.TXT"), "1 0.5\n2 1.0\n3, 1.5\r\n4 2.0\n", StandardCharsets.US_ASCII);
        boot(StorageSpec.of(dir));
        String out = f.run("PROGRAM ENDS\n"
                + "OPEN(7, FILE='VALUES.TXT', STATUS='OLD')\n"
                + "N = 0\nS = 0\n"
                + "10 READ(7, *, END=20) K, X\n"
                + "N = N + 1\nS = S + K * X\nGO TO 10\n"
                + "20 CLOSE(7)\n"
                + "PRINT *, N, S\n"
                + "END");
        assertEquals(" 4 15.000000", out);
    }

    @Test
    void missingFilesAndMissingCardsAreReported() throws Exception {
        boot(StorageSpec.of(dir));
        assertEquals("Error: file not found", f.line("LOAD \"NONE.F\""));
        assertEquals("Error at line 2: file not found",
                f.run("PROGRAM P\nOPEN(8, FILE='NONE.TXT', STATUS='OLD')\nEND"));
        assertEquals("Error: cannot create the file", f.line("SAVE \"../ESCAPE.F\""));
        assertFalse(Files.exists(dir.getParent().resolve("ESCAPE.F")));
    }

    @Test
    void errEndAndIostatRecoverFromBadInputAndMissingFiles() throws Exception {
        boot(StorageSpec.of(dir));
        Path programs = FortranSession.PROGRAMS.resolve("files");
        String out = f.run(Files.readString(programs.resolve("ioerr.f")));
        assertEquals(Files.readString(programs.resolve("ioerr.expected")).stripTrailing(),
                out.replace("\r", "").stripTrailing());
        assertEquals(" ABC\n XYZ\n 12\n", Files.readString(dir.resolve("IOERR.DAT")));
    }
}
