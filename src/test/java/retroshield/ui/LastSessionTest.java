package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retroshield.ui.crt.FxTestSupport;

/** File > Resume last session: the machine kept on exit comes back where it stopped. */
class LastSessionTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    private static int ram(MachineSession s, int address) throws Exception {
        CompletableFuture<Integer> v = new CompletableFuture<>();
        s.runner().submit(m -> v.complete(m.memory().read(address)));
        return v.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theSessionKeptOnExitIsResumed() throws Exception {
        Path rom = EchoRom.write(dir.resolve("roms"));
        AppViewModel first = FxTestSupport.onFx(() -> new AppViewModel(new SettingsStore(dir.resolve("config"))));
        FxTestSupport.onFx(() -> first.open(rom));
        MachineSession s1 = first.sessionProperty().get();
        s1.runner().submit(m -> m.memory().poke(0x3000, 0x77));
        assertEquals(0x77, ram(s1, 0x3000));
        first.saveLastSession();
        FxTestSupport.onFx(() -> {
            first.close();
            return null;
        });
        assertTrue(Files.isRegularFile(first.lastSessionFile()));

        AppViewModel second = FxTestSupport.onFx(() -> new AppViewModel(new SettingsStore(dir.resolve("config"))));
        FxTestSupport.onFx(() -> second.open(rom));
        MachineSession s2 = second.sessionProperty().get();
        assertEquals(0, ram(s2, 0x3000) == 0x77 ? 1 : 0, "a fresh machine");
        FxTestSupport.onFx(() -> {
            second.resumeLastSession();
            return null;
        });
        long end = System.nanoTime() + 5_000_000_000L;
        while (ram(s2, 0x3000) != 0x77 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(0x77, ram(s2, 0x3000));
        FxTestSupport.onFx(() -> {
            second.close();
            return null;
        });
    }
}
