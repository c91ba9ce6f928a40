package retroshield.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Redirects System.in (empty), System.out and System.err around each test, for commands run
 * in-process, and restores them afterwards. Register with {@code @RegisterExtension}.
 */
final class StandardStreams implements BeforeEachCallback, AfterEachCallback {

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private InputStream savedIn;
    private PrintStream savedOut;
    private PrintStream savedErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        savedIn = System.in;
        savedOut = System.out;
        savedErr = System.err;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setOut(new PrintStream(stdout, true));
        System.setErr(new PrintStream(stderr, true));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setIn(savedIn);
        System.setOut(savedOut);
        System.setErr(savedErr);
    }
}
