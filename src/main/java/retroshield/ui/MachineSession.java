package retroshield.ui;

import java.io.IOException;
import java.nio.file.Path;
import retroshield.devices.InputOptions;
import retroshield.devices.InputPacing;
import retroshield.machine.ClockSpeed;
import retroshield.machine.Machine;
import retroshield.machine.MachineRunner;
import retroshield.machine.MachineStatus;
import retroshield.rom.LoadedRom;
import retroshield.rom.RomLoader;
import retroshield.rom.RomMetadata;
import retroshield.terminal.KeyEncoder;
import retroshield.terminal.Terminal;
import retroshield.terminal.TerminalFrame;

/**
 * One ROM running in the app: the {@link Machine} on its {@link MachineRunner} thread, whose
 * serial output goes straight into a {@link Terminal} owned by that emulator thread (confined
 * to it: any other thread's call throws). Between run slices the emulator thread publishes
 * immutable frames through a {@link FramePublisher}; scrolling and resizing reach the terminal
 * as commands through the runner's queue; the terminal's replies to status requests go back
 * into the ROM's serial input. Keys go through the ROM's {@link KeyEncoder} options and the
 * runner's paced input, so nothing is lost. No JavaFX.
 */
public final class MachineSession implements AutoCloseable {

    /** Written by the emulator thread only; read by the frame statistics. */
    private final java.util.concurrent.atomic.AtomicLong bytesReceived = new java.util.concurrent.atomic.AtomicLong();

    private final Path source;
    private final LoadedRom rom;
    private final MachineRunner runner;
    private final Terminal terminal;
    private final FramePublisher frames;
    private final KeyEncoder keys;

    private MachineSession(Path source, LoadedRom rom, int columns, int rows) {
        this.source = source;
        this.rom = rom;
        this.terminal = new Terminal(columns, rows);
        this.frames = new FramePublisher(terminal);
        this.keys = new KeyEncoder(inputOptions(rom.metadata().input()));
        Machine machine = new Machine(rom);
        this.runner = new MachineRunner(machine);
        runner.submit(m -> terminal.confineTo(Thread.currentThread()));
        terminal.setResponder(runner::send);
        runner.addOutputListener(b -> {
            terminal.accept(b);
            bytesReceived.lazySet(bytesReceived.get() + 1);
            frames.changed();
        });
        runner.addSliceListener(frames::publishIfChanged);
    }

    /** How many bytes of serial output have reached the terminal (any thread). */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    /**
     * Loads a ROM (image or metadata file) and starts its emulator thread, paused.
     *
     * @param columns terminal size, used when the ROM's metadata does not ask for 40 columns
     */
    public static MachineSession open(Path romOrMetadata, int columns, int rows) throws IOException {
        LoadedRom rom = new RomLoader().load(romOrMetadata);
        int cols = rom.metadata().terminal() != null && rom.metadata().terminal().columns() == 40 ? 40 : columns;
        MachineSession s = new MachineSession(romOrMetadata, rom, cols, rows);
        s.runner.start();
        return s;
    }

    static InputOptions inputOptions(InputOptions in) {
        return in == null ? RomMetadata.DEFAULT_INPUT : in;
    }

    public Path source() {
        return source;
    }

    public RomMetadata metadata() {
        return rom.metadata();
    }

    public LoadedRom rom() {
        return rom;
    }

    public MachineRunner runner() {
        return runner;
    }

    public KeyEncoder keys() {
        return keys;
    }

    public MachineStatus status() {
        return runner.status();
    }

    /** The newest screen (FX thread: call once per pulse). */
    public TerminalFrame frame() {
        return frames.latest();
    }

    public FramePublisher frames() {
        return frames;
    }

    /** Bytes for the firmware (already encoded). */
    public void send(byte[] bytes) {
        if (bytes.length > 0) {
            onTerminal(Terminal::scrollToBottom);
            runner.send(bytes);
        }
    }

    /** Text typed or pasted, through the ROM's key options ('\n' is Enter). */
    public void type(String text) {
        send(keys.encodeText(text));
    }

    /**
     * Input pacing for this session: {@code mode} over the ROM's own pacing settings (prompt,
     * timeout), or null for the ROM's choice. Pastes and typed keys go through it.
     */
    public void setPacing(InputPacing.Mode mode) {
        InputPacing own = rom.metadata().input().pacing();
        InputPacing chosen = (mode == null ? own : own.withMode(mode)).withDefaultPrompt(rom.metadata().ready());
        runner.submit(m -> m.serialHost().setPacing(chosen, 0));
    }

    /** The ROM's own pacing, from its metadata. */
    public InputPacing romPacing() {
        return rom.metadata().input().pacing();
    }

    public void setClock(ClockSpeed speed) {
        runner.setClock(speed);
    }

    /** Scrolls the view into history by {@code lines} (negative: towards the live screen). */
    public void scrollBack(int lines) {
        onTerminal(t -> t.scrollBack(lines));
    }

    /** Shows the view {@code offset} lines back in history (0 = the live screen). */
    public void scrollTo(int offset) {
        onTerminal(t -> t.scrollBack(offset - t.scrollOffset()));
    }

    public void scrollToBottom() {
        onTerminal(Terminal::scrollToBottom);
    }

    /** Lines of scrollback as of the newest published frame (never waits for the emulator). */
    public int publishedHistorySize() {
        return frames.historySize();
    }

    /** How far the published view is scrolled back. */
    public int scrollOffset() {
        return frames.latest().scrollOffset();
    }

    public void resize(int columns, int rows) {
        onTerminal(t -> t.resize(columns, rows));
    }

    /** Runs a change of the terminal on its owner, the emulator thread, and publishes it. */
    private void onTerminal(java.util.function.Consumer<Terminal> change) {
        runner.submit(m -> {
            change.accept(terminal);
            frames.publishNow();
        });
    }

    /** The terminal, for tests that check it is confined to the emulator thread. */
    Terminal terminalForTest() {
        return terminal;
    }

    @Override
    public void close() {
        runner.close();
        frames.close();
    }
}
