package retroshield.ui.crt;

import java.util.Arrays;

/**
 * Phosphor burn-in at raster resolution: each raster pixel keeps a burn level that slowly rises
 * towards its brightness while it is lit (time constant {@value #RISE_SECONDS} s at full
 * strength, longer when weaker) and slowly falls while it is darker ({@value #FALL_SECONDS} s).
 * A pixel darker than its burn shows a ghost of up to {@value #GHOST} of the burnt brightness
 * (times the strength): text left on the screen for a long time stays faintly visible after it
 * is gone and fades out over a minute or so. Time is real time between pictures, so a still
 * screen burns in although it is not redrawn. Pure Java.
 */
final class BurnIn {

    static final double RISE_SECONDS = 20;
    static final double FALL_SECONDS = 40;
    static final double GHOST = 0.35;

    /** Burn per pixel, brightness x256. */
    private int[] level = new int[0];
    /** The picture shown since the previous call (without its ghost), 0..255. */
    private int[] shownBefore = new int[0];
    private boolean fading;

    /** True while a ghost is shown (it changes as it fades). */
    boolean fading() {
        return fading;
    }

    /**
     * Burns in the picture shown until now for the time it was shown, then lifts the new
     * picture's darker pixels to their ghost.
     *
     * @param current  brightness per raster pixel (0..255), changed in place
     * @param strength 0..1 (0 clears the burn)
     * @param seconds  time since the previous picture
     */
    void apply(int[] current, double strength, double seconds) {
        begin(current.length, strength, seconds);
        end(applyRange(current, 0, current.length));
    }

    private long up;
    private long down;
    private int ghostGain;
    private boolean clear;

    /**
     * Starts a picture whose pixels {@link #applyRange} then takes in ranges (on any threads,
     * ranges apart); {@link #end} with whether any range showed a ghost.
     */
    void begin(int size, double strength, double seconds) {
        if (level.length != size) {
            level = new int[size];
            shownBefore = new int[size];
        }
        clear = strength <= 0;
        double dt = Math.max(0, seconds);
        up = Math.round((1 - Math.exp(-dt * strength / RISE_SECONDS)) * 65536);
        down = Math.round((1 - Math.exp(-dt / FALL_SECONDS)) * 65536);
        ghostGain = (int) Math.round(GHOST * strength * 256);
    }

    /** Burns in and lifts pixels [from, to) of the picture begun; true when one shows a ghost. */
    boolean applyRange(int[] current, int from, int to) {
        if (clear) {
            Arrays.fill(level, from, to, 0);
            System.arraycopy(current, from, shownBefore, from, to - from);
            return false;
        }
        long up = this.up;
        long down = this.down;
        int ghostGain = this.ghostGain;
        boolean shown = false;
        for (int i = from; i < to; i++) {
            int target = shownBefore[i] << 8;
            shownBefore[i] = current[i];
            int l = level[i];
            if (target > l) {
                l += (int) (((long) (target - l) * up + 65535) >> 16);
            } else if (l > 0) {
                l -= (int) (((long) (l - target) * down + 65535) >> 16);
            }
            level[i] = l;
            int ghost = (l >> 8) * ghostGain >> 8;
            if (ghost > current[i]) {
                current[i] = ghost;
                shown |= ghost >= 2;
            }
        }
        return shown;
    }

    /** Ends the picture begun: whether a ghost is shown (it fades). */
    void end(boolean shown) {
        fading = shown;
    }
}
