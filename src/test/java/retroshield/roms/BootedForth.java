package retroshield.roms;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that talk to a freshly booted Forth ROM: one session per test, closed after it. */
abstract class BootedForth {

    protected ForthSession forth;

    @BeforeEach
    void boot() throws Exception {
        forth = ForthSession.boot();
    }

    @AfterEach
    void close() {
        if (forth != null) {
            forth.close();
        }
    }
}
