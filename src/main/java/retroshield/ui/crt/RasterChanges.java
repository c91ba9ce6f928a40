package retroshield.ui.crt;

import java.util.Arrays;

/**
 * Which lines of the padded raster ({@link SourceRaster#lum}) changed between the raster
 * composed last and the one composed now, so that the tube pass rebuilds only what reads those
 * lines: the packed samples ({@link LaneRaster}) of a changed line and the filtered light of the
 * device rows that sample it. A cursor blink or a fading burnt-in ghost changes a few lines; a
 * scrolling screen changes them all (the comparison costs a fraction of a millisecond). Pure Java.
 */
final class RasterChanges {

    private int[] previous = new int[0];
    private int stride;
    private long composed = -1;
    private long before = -1;
    private boolean all = true;
    /** changedBefore[r]: how many of the lines 0..r-1 changed. */
    private int[] changedBefore = new int[1];

    /** Compares a raster with the one of the previous call (a new version only). */
    void compare(int[] lum, int stride, long version) {
        before = composed;
        composed = version;
        int rows = lum.length / stride;
        if (changedBefore.length != rows + 1) {
            changedBefore = new int[rows + 1];
        }
        if (version == before) {
            all = false;
            Arrays.fill(changedBefore, 0);
            return;
        }
        if (previous.length != lum.length || this.stride != stride) {
            previous = lum.clone();
            this.stride = stride;
            all = true;
            return;
        }
        all = false;
        for (int r = 0; r < rows; r++) {
            int from = r * stride;
            int to = from + stride;
            boolean changed = !Arrays.equals(lum, from, to, previous, from, to);
            if (changed) {
                System.arraycopy(lum, from, previous, from, stride);
            }
            changedBefore[r + 1] = changedBefore[r] + (changed ? 1 : 0);
        }
    }

    /** The raster version of the call before the last (what caches built then are valid for). */
    long before() {
        return before;
    }

    /** True when the raster was new (other size) at the last call: nothing can be kept. */
    boolean all() {
        return all;
    }

    /** True when a line in [first, last] changed at the last call (false for an empty range). */
    boolean changed(int first, int last) {
        if (first > last) {
            return false;
        }
        return all || changedBefore[last + 1] - changedBefore[first] > 0;
    }
}
