package retroshield.ui.crt;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Starts the (headless Monocle) FX toolkit once and runs code on the FX thread. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get(30, TimeUnit.SECONDS);
    }
}
