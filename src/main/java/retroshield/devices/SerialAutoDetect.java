package retroshield.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serial chip for a ROM image without metadata: it waits to see which chip the firmware
 * talks to.
 *
 * <h2>Port map</h2>
 * <pre>
 *   before the decision: $00, $01, $80, $81
 *   decided by $00/$01: becomes an I8251Usart (data $00, control $01)
 *   decided by $80/$81: becomes an Mc6850Acia (control $80, data $81)
 *   afterwards: only the chosen chip's two ports
 * </pre>
 * Control writes ($01, $80) alone do not decide: they are remembered. The first read of any of
 * the four ports, or the first data write ($00, $81), decides; the chosen chip then gets the
 * remembered control writes to its own ports, in order, followed by the deciding access. (So
 * Grant Searle's 8251 BASIC, which also writes 6850 control words to $80, is still seen as an
 * 8251 when it first polls $01.) More than {@value #MAX_REMEMBERED_WRITES} control writes
 * without a decision decide by the first of them, and so does the host offering a byte
 * ({@link #readyToReceive()} asked) after control writes only (interrupt-driven firmware that
 * waits silently for input). An INFO message says what was chosen and why.
 *
 * <p>Until the decision nothing is received ({@link #readyToReceive()} is false, so typed
 * bytes wait in the host's queue), no interrupt is requested and {@link #chipName()} is
 * "auto". The choice survives {@link #reset()} (the same firmware runs again);
 * {@link #forgetChoice()} starts over. Firmware the guess gets wrong needs metadata.
 */
public final class SerialAutoDetect implements SerialDevice {

    private static final Logger LOG = LoggerFactory.getLogger(SerialAutoDetect.class);

    /** 8251 data port. */
    public static final int I8251_DATA_PORT = 0x00;
    /** 8251 control/status port. */
    public static final int I8251_CONTROL_PORT = 0x01;
    /** 6850 control/status port. */
    public static final int MC6850_CONTROL_PORT = 0x80;
    /** 6850 data port. */
    public static final int MC6850_DATA_PORT = 0x81;

    /** Control writes remembered before the decision, at most this many. */
    public static final int MAX_REMEMBERED_WRITES = 64;

    private record PortWrite(int port, int value) { }

    private final List<PortWrite> rememberedWrites = new ArrayList<>();
    private SerialDevice chosen;
    private String choiceReason;
    private IntConsumer transmitListener = b -> { };
    private long characterTime;
    private long lastTick;

    /** The chip chosen so far, if any. */
    public Optional<SerialDevice> chosenChip() {
        return Optional.ofNullable(chosen);
    }

    /**
     * Why the chip was chosen, for a notice to the user ("chose MC6850 at $80/$81 because the
     * firmware first read port $80"); empty until the choice.
     */
    public Optional<String> choiceReason() {
        return Optional.ofNullable(chosen == null ? null : choiceReason);
    }

    /** Forgets the choice: the next access to one of the four ports decides again. */
    public void forgetChoice() {
        chosen = null;
        choiceReason = null;
        rememberedWrites.clear();
    }

    @Override
    public String chipName() {
        return chosen == null ? "auto" : chosen.chipName();
    }

    @Override
    public boolean answers(int port) {
        if (chosen != null) {
            return chosen.answers(port);
        }
        int p = port & 0xFF;
        return p == I8251_DATA_PORT || p == I8251_CONTROL_PORT || p == MC6850_CONTROL_PORT || p == MC6850_DATA_PORT;
    }

    @Override
    public int read(int port) {
        return choose(port, "read").read(port);
    }

    @Override
    public void write(int port, int value) {
        int p = port & 0xFF;
        if (chosen == null && (p == I8251_CONTROL_PORT || p == MC6850_CONTROL_PORT)) {
            rememberedWrites.add(new PortWrite(p, value & 0xFF));
            if (rememberedWrites.size() > MAX_REMEMBERED_WRITES) {
                choose(rememberedWrites.get(0).port(), "wrote " + MAX_REMEMBERED_WRITES + " control words, the first one to");
            }
            return;
        }
        choose(port, "wrote data to").write(port, value);
    }

    private SerialDevice choose(int port, String access) {
        if (chosen != null) {
            return chosen;
        }
        int p = port & 0xFF;
        SerialDevice chip = p == MC6850_CONTROL_PORT || p == MC6850_DATA_PORT ? newMc6850() : newI8251();
        choiceReason = String.format("chose %s because the firmware first %s port $%02X",
                describe(chip), access, p);
        LOG.info("no metadata: {}", choiceReason);
        adopt(chip);
        for (PortWrite w : rememberedWrites) {
            if (chip.answers(w.port())) {
                chip.write(w.port(), w.value());
            }
        }
        rememberedWrites.clear();
        return chip;
    }

    private static Mc6850Acia newMc6850() {
        return new Mc6850Acia(MC6850_CONTROL_PORT, MC6850_DATA_PORT);
    }

    private static I8251Usart newI8251() {
        return new I8251Usart(I8251_DATA_PORT, I8251_CONTROL_PORT);
    }

    private static String describe(SerialDevice chip) {
        return chip instanceof Mc6850Acia ? "MC6850 at $80/$81" : "Intel 8251 at $00/$01";
    }

    private void adopt(SerialDevice chip) {
        chip.setTransmitListener(transmitListener);
        chip.setCharacterTime(characterTime);
        chip.tick(lastTick);
        chosen = chip;
    }

    /** The chosen chip's registers, or null before the decision. */
    @Override
    public SerialChipState saveState() {
        return chosen == null ? null : chosen.saveState();
    }

    /** Becomes the chip the state belongs to (at the usual ports) and restores it. */
    @Override
    public void restoreState(SerialChipState state) {
        SerialDevice chip = state instanceof Mc6850State ? newMc6850() : newI8251();
        if (chosen == null || !chosen.chipName().equals(chip.chipName())) {
            LOG.info("snapshot: serial chip is {}", describe(chip));
            rememberedWrites.clear();
            adopt(chip);
        }
        chosen.restoreState(state);
    }

    @Override
    public boolean interruptRequested() {
        return chosen != null && chosen.interruptRequested();
    }

    @Override
    public void reset() {
        if (chosen != null) {
            chosen.reset();
        }
    }

    @Override
    public boolean readyToReceive() {
        if (chosen == null && !rememberedWrites.isEmpty()) {
            choose(rememberedWrites.get(0).port(), "wrote a control word to");
        }
        return chosen != null && chosen.readyToReceive();
    }

    @Override
    public boolean readyToReceive(boolean honourFlowControl) {
        return readyToReceive() || (!honourFlowControl && chosen != null && chosen.readyToReceive(false));
    }

    @Override
    public void receive(int value) {
        if (chosen == null) {
            LOG.debug("serial byte received before the firmware chose a chip, lost");
            return;
        }
        chosen.receive(value);
    }

    @Override
    public void setTransmitListener(IntConsumer listener) {
        transmitListener = Objects.requireNonNull(listener, "listener");
        if (chosen != null) {
            chosen.setTransmitListener(listener);
        }
    }

    @Override
    public void tick(long cpuCycles) {
        lastTick = cpuCycles;
        if (chosen != null) {
            chosen.tick(cpuCycles);
        }
    }

    @Override
    public void setCharacterTime(long cpuCyclesPerCharacter) {
        characterTime = cpuCyclesPerCharacter;
        if (chosen != null) {
            chosen.setCharacterTime(cpuCyclesPerCharacter);
        }
    }
}
