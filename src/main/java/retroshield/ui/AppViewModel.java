package retroshield.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retroshield.machine.MachineStatus;
import retroshield.rom.RomCatalog;
import retroshield.rom.RomCatalogEntry;
import retroshield.terminal.TerminalFrame;
import retroshield.ui.crt.SampleFrames;

/**
 * The state of the desktop app that views bind to: the running ROM, the machine's status as
 * text (refreshed four times a second), the ROM library, the settings and a notice line. All
 * actions of the menus, toolbar and panels go through here. FX thread only.
 */
public final class AppViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppViewModel.class);

    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<AppSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<MachineSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "Idle");
    private final ReadOnlyStringWrapper pc = new ReadOnlyStringWrapper(this, "pc", "PC ----");
    private final ReadOnlyStringWrapper cycles = new ReadOnlyStringWrapper(this, "cycles", "0 cycles");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "0.000 MHz");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<RomCatalogEntry> library = FXCollections.observableArrayList();
    private final Timeline statusTimer;
    private TerminalFrame emptyFrame;
    private final javafx.animation.PauseTransition saveSoon = new javafx.animation.PauseTransition(Duration.millis(400));

    public AppViewModel(SettingsStore store) {
        this.store = store;
        SettingsStore.Loaded loaded = store.load();
        settings.set(loaded.settings());
        if (loaded.notice() != null) {
            notice.set(loaded.notice());
        }
        emptyFrame = message(List.of("", "  No ROM loaded.", "",
                "  Open a ROM image or metadata file (Ctrl+Shift+O), drop one on this window,",
                "  or pick one from the library."));
        statusTimer = new Timeline(new KeyFrame(Duration.millis(250), e -> refreshStatus()));
        statusTimer.setCycleCount(Timeline.INDEFINITE);
        saveSoon.setOnFinished(e -> saveSettings());
        statusTimer.play();
    }

    private TerminalFrame message(List<String> lines) {
        AppSettings s = settings.get();
        return SampleFrames.of(s.columns(), s.rows(), lines, 0);
    }

    public ReadOnlyObjectProperty<AppSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AppSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<MachineSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pcProperty() {
        return pc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cyclesProperty() {
        return cycles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<RomCatalogEntry> library() {
        return FXCollections.unmodifiableObservableList(library);
    }

    /** The frame to show now: the running ROM's screen, or a message. */
    public TerminalFrame frame() {
        MachineSession s = session.get();
        return s == null ? emptyFrame : s.frame();
    }

    public void setNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    /** Reads the ROM library from the bundled folder. */
    public void loadLibrary() {
        Optional<Path> folder = RomLocator.romsFolder();
        if (folder.isEmpty()) {
            library.clear();
            return;
        }
        RomCatalog.Listing listing = new RomCatalog().list(folder.get());
        library.setAll(listing.entries());
        listing.problems().forEach(p -> LOG.warn("ROM library: {}", p));
        if (!listing.problems().isEmpty()) {
            int n = listing.problems().size();
            setNotice("ROM library: " + n + (n == 1 ? " file" : " files") + " skipped: "
                    + String.join("; ", listing.problems().stream().map(String::valueOf).toList()));
        }
    }

    /**
     * Opens the ROM the app starts with: the one named on the command line, else the ROM used
     * last time (when it still exists), else the default {@code mint.json}, else the first of the
     * library, else nothing (a message on screen).
     */
    public void openStartupRom(Path requested) {
        if (requested != null) {
            open(requested);
            return;
        }
        Optional<Path> last = lastRom();
        if (last.isPresent() && open(last.get())) {
            return;
        }
        Optional<Path> folder = RomLocator.romsFolder();
        Optional<Path> def = folder.map(f -> f.resolve(RomLocator.DEFAULT_ROM)).filter(Files::isRegularFile);
        if (def.isPresent()) {
            open(def.get());
        } else if (!library.isEmpty()) {
            open(library.get(0).metadataFile());
        } else {
            setNotice("No bundled ROMs found (looked in " + RomLocator.candidates() + ")");
        }
    }

    private Optional<Path> lastRom() {
        String last = settings().lastRom();
        if (last == null || last.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(last)).filter(Files::isRegularFile);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Loads a ROM (image or metadata), closes the previous one, and runs it. */
    public boolean open(Path file) {
        MachineSession next;
        AppSettings s = settings.get();
        try {
            next = MachineSession.open(file, s.columns(), s.rows());
        } catch (Exception e) {
            LOG.warn("Could not open {}: {}", file, e.getMessage());
            setNotice("Could not open " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
        MachineSession old = session.get();
        session.set(next);
        accessNotesShown.clear();
        if (old != null) {
            old.close();
        }
        next.setClock(SpeedPreset.byKey(s.speed()).speed());
        next.runner().run();
        updateSettings(x -> x.withRomUsed(file.toAbsolutePath().toString()));
        List<String> notices = next.rom().notices();
        setNotice(notices.isEmpty() ? "Loaded " + next.metadata().name() : notices.get(0));
        refreshStatus();
        return true;
    }

    public void run() {
        withSession(s -> s.runner().run());
    }

    // ---- the last session (File > Resume last session) ----

    /** Where the machine is kept when the app closes. */
    public java.nio.file.Path lastSessionFile() {
        return store.file().resolveSibling("last-session.state");
    }

    /** Saves the running machine for File > Resume last session (on exit; waits up to 2 s). */
    public void saveLastSession() {
        MachineSession s = session.get();
        if (s == null) {
            return;
        }
        java.nio.file.Path file = lastSessionFile();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        s.runner().submit(m -> {
            try {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                retroshield.machine.SaveStateFile.write(file, m.snapshot());
                done.complete(null);
            } catch (java.io.IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("could not keep the session in {}: {}", file, e.toString());
        }
    }

    /** Puts the machine back where the last session stopped (same ROM only). */
    public void resumeLastSession() {
        MachineSession s = session.get();
        java.nio.file.Path file = lastSessionFile();
        if (s == null || !java.nio.file.Files.isRegularFile(file)) {
            setNotice("No last session to resume (" + file + ")");
            return;
        }
        java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        s.runner().submit(m -> {
            try {
                m.restore(retroshield.machine.SaveStateFile.read(file));
                result.complete("Resumed the last session of " + m.metadata().name());
            } catch (java.io.IOException | IllegalArgumentException e) {
                result.complete("Could not resume: " + e.getMessage());
            }
        });
        result.thenAccept(message -> javafx.application.Platform.runLater(() -> setNotice(message)));
    }

    public void pause() {
        withSession(s -> s.runner().pause());
    }

    public void step() {
        withSession(s -> s.runner().step());
    }

    public void warmReset() {
        withSession(s -> s.runner().warmReset());
    }

    /** Power cycle: memory refilled, everything from scratch, then running. */
    public void coldReset() {
        withSession(s -> {
            s.runner().coldReset();
            s.runner().run();
        });
    }

    public void setSpeed(SpeedPreset preset) {
        withSession(s -> s.setClock(preset.speed()));
        updateSettings(x -> x.withSpeed(preset.key()));
        saveSettingsSoon();
    }

    /**
     * Input pacing for the running ROM: a mode, or null for the ROM's own choice (its metadata).
     * Kept until another ROM is opened.
     */
    public void setPacing(retroshield.devices.InputPacing.Mode mode) {
        withSession(s -> {
            s.setPacing(mode);
            retroshield.devices.InputPacing shown = mode == null ? s.romPacing() : s.romPacing().withMode(mode);
            setNotice("Input pacing: " + shown.withDefaultPrompt(s.metadata().ready()).describe()
                    + (mode == null ? " (the ROM's choice)" : ""));
        });
    }

    /** Types a line and Enter, as if the user had typed it. */
    public void typeLine(String line) {
        withSession(s -> s.type(line + "\n"));
    }

    /** Pasted text: through the ROM's key options and the paced input, nothing is lost. */
    public void paste(String text) {
        withSession(s -> s.type(text));
    }

    public void sendBytes(byte[] bytes) {
        withSession(s -> s.send(bytes));
    }

    public void updateSettings(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(settings.get());
        settings.set(next);
    }

    /**
     * Saves the settings a moment after the last of a burst of changes (a slider being dragged
     * saves once, when it stops), so a change survives a crash or a killed app.
     */
    public void saveSettingsSoon() {
        saveSoon.playFromStart();
    }

    /** Writes the settings file (on exit and after changes in the settings panel). */
    public void saveSettings() {
        if (!store.save(settings.get())) {
            setNotice("Could not save settings to " + store.file());
        }
    }

    public void setTerminalSize(int columns, int rows) {
        updateSettings(x -> x.withSize(columns, rows));
        emptyFrame = message(List.of("", "  No ROM loaded."));
        withSession(s -> s.resize(columns, rows));
    }

    private void withSession(java.util.function.Consumer<MachineSession> action) {
        MachineSession s = session.get();
        if (s != null) {
            action.accept(s);
        }
    }

    /** How many of the session's access notes (ignored writes, unanswered ports) were shown. */
    private final java.util.Set<String> accessNotesShown = new java.util.HashSet<>();

    /** Updates the status texts from the runner's status record. */
    public void refreshStatus() {
        MachineSession s = session.get();
        if (s == null) {
            state.set("Idle");
            return;
        }
        MachineStatus st = s.status();
        state.set(switch (st.state()) {
            case IDLE -> "Idle";
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case HALTED -> "Halted";
        });
        pc.set(String.format("PC $%04X", st.pc()));
        cycles.set(String.format("%,d cycles", st.cycles()));
        speed.set(String.format("%.3f MHz", st.measuredMhz()));
        if (st.problem() != null && !st.problem().equals(notice.get())) {
            notice.set(st.problem());
        } else {
            for (String note : st.accessNotes()) {
                String kind = note.contains(" port") && !note.contains("memory") ? "ports" : "memory";
                if (accessNotesShown.add(kind)) {
                    notice.set("Note: " + note);
                    break;
                }
            }
        }
    }

    @Override
    public void close() {
        statusTimer.stop();
        saveSoon.stop();
        MachineSession s = session.get();
        if (s != null) {
            s.close();
        }
        saveSettings();
    }
}
