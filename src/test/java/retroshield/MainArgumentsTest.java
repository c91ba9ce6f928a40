package retroshield;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retroshield.jar ROM.json} opens the app on the ROM; subcommands stay the command line. */
class MainArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void aRomFileAloneOpensTheApp() throws Exception {
        Path json = Files.writeString(dir.resolve("mint.json"), "{}");
        Path bin = Files.write(dir.resolve("x.BIN"), new byte[] {0});
        assertTrue(Main.opensInApp(new String[] {json.toString()}));
        assertTrue(Main.opensInApp(new String[] {bin.toString()}));
        assertFalse(Main.opensInApp(new String[] {"run", json.toString()}), "a subcommand");
        assertFalse(Main.opensInApp(new String[] {"run"}), "a subcommand name");
        assertFalse(Main.opensInApp(new String[] {dir.resolve("missing.json").toString()}), "no such file");
        assertFalse(Main.opensInApp(new String[] {"--help"}));
    }
}
