package retroshield.devices;

import java.util.Arrays;

/**
 * The host end of the serial line as a value, for machine snapshots: the bytes queued for the
 * firmware and the pacing state.
 *
 * @param pendingInput bytes not yet delivered to the chip, oldest first
 * @param delivered    a byte has been delivered (pacing counts from it)
 * @param lastDelivery the cycle counter at the last delivery
 * @param pacer        what input pacing waits for
 */
public record SerialHostState(byte[] pendingInput, boolean delivered, long lastDelivery, InputPacerState pacer) {

    public SerialHostState {
        pendingInput = pendingInput.clone();
        java.util.Objects.requireNonNull(pacer, "pacer");
    }

    @Override
    public byte[] pendingInput() {
        return pendingInput.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerialHostState s && Arrays.equals(pendingInput, s.pendingInput)
                && delivered == s.delivered && lastDelivery == s.lastDelivery && pacer.equals(s.pacer);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pendingInput) * 31 + Long.hashCode(lastDelivery) + (delivered ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SerialHostState[" + pendingInput.length + " bytes queued, delivered=" + delivered
                + ", lastDelivery=" + lastDelivery + "]";
    }
}
