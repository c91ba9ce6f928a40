package retroshield.devices;

import java.util.Arrays;

/**
 * The host end of the serial line as a value, for machine snapshots: the bytes queued for the
 * firmware and the pacing state.
 *
 * @param pendingInput bytes not yet delivered to the chip, oldest first
 * @param delivered    a byte has been delivered (pacing counts from it)
 * @param lastDelivery the cycle counter at the last delivery
 */
public record SerialHostState(byte[] pendingInput, boolean delivered, long lastDelivery) {

    public SerialHostState {
        pendingInput = pendingInput.clone();
    }

    @Override
    public byte[] pendingInput() {
        return pendingInput.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerialHostState s && Arrays.equals(pendingInput, s.pendingInput)
                && delivered == s.delivered && lastDelivery == s.lastDelivery;
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
