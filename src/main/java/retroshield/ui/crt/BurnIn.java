package retroshield.ui.crt;

import java.util.Arrays;

/**
 * Phosphor burn-in at raster resolution: each raster pixel keeps a burn level that slowly rises
 * towards its brightness while it is lit (time constant {@value #RISE_SECONDS} s at full
 * strength, longer when weaker) and slowly falls while it is darker ({@value #FALL_SECONDS} s).
 * A pixel darker than its burn shows a ghost of up to {@value #GHOST} of the burnt brightness
 * (times the strength): text left on the screen for a long time stays faintly visible after it
 * is gone and fades out over a minute or so. Time is real time between pictures, so a still
 * screen burns in although it is not redrawn. The burn itself is brought up to date at most
 * every {@value #UPDATE_SECONDS} s; the pictures in between only show the ghost. Pure Java.
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

    /**
     * The burn changes over seconds, so it is brought up to date at most this often: in between,
     * pictures only show the ghost of the last update and are remembered for the next one
     * (which burns in the last of them for the whole time since the update before).
     */
    static final double UPDATE_SECONDS = 0.1;

    private long up;
    private long down;
    private int ghostGain;
    private boolean clear;
    /** This picture brings the burn up to date (else it only shows the ghost). */
    private boolean update;
    /** Seconds shown since the burn was last brought up to date. */
    private double pending;
    /** The ghost each pixel shows at most (0..255), from the last update. */
    private int[] ghost = new int[0];

    /**
     * Starts a picture whose pixels {@link #applyRange} then takes in ranges (on any threads,
     * ranges apart); {@link #end} with whether any range showed a ghost.
     */
    void begin(int size, double strength, double seconds) {
        boolean resized = level.length != size;
        if (resized) {
            level = new int[size];
            shownBefore = new int[size];
            ghost = new int[size];
        }
        clear = strength <= 0;
        pending += Math.max(0, seconds);
        int gain = (int) Math.round(GHOST * strength * 256);
        update = resized || clear || pending >= UPDATE_SECONDS || gain != ghostGain;
        if (!update) {
            return;
        }
        double dt = pending;
        pending = 0;
        up = Math.round((1 - Math.exp(-dt * strength / RISE_SECONDS)) * 65536);
        down = Math.round((1 - Math.exp(-dt / FALL_SECONDS)) * 65536);
        ghostGain = gain;
    }

    /** Burns in and lifts pixels [from, to) of the picture begun; true when one shows a ghost. */
    boolean applyRange(int[] current, int from, int to) {
        if (clear) {
            Arrays.fill(level, from, to, 0);
            Arrays.fill(ghost, from, to, 0);
            System.arraycopy(current, from, shownBefore, from, to - from);
            return false;
        }
        if (!update) {
            return lift(current, from, to);
        }
        long up = this.up;
        long down = this.down;
        int ghostGain = this.ghostGain;
        for (int i = from; i < to; i++) {
            int target = shownBefore[i] << 8;
            int l = level[i];
            if (target > l) {
                l += (int) (((long) (target - l) * up + 65535) >> 16);
            } else if (l > 0) {
                l -= (int) (((long) (l - target) * down + 65535) >> 16);
            }
            level[i] = l;
            ghost[i] = (l >> 8) * ghostGain >> 8;
        }
        return lift(current, from, to);
    }

    /** Remembers pixels [from, to) as shown and lifts the darker ones to their ghost. */
    private boolean lift(int[] current, int from, int to) {
        int[] ghost = this.ghost;
        int[] shown = shownBefore;
        int visible = 0;
        for (int i = from; i < to; i++) {
            int c = current[i];
            int g = ghost[i];
            shown[i] = c;
            // negative exactly when the ghost is brighter than the picture and at least 2
            visible |= (c - g) & (1 - g);
            current[i] = Math.max(c, g);
        }
        return visible < 0;
    }

    /** Ends the picture begun: whether a ghost is shown (it fades). */
    void end(boolean shown) {
        fading = shown;
    }
}
