package retroshield.ui.crt;

import java.util.Arrays;

/**
 * The tube pass over rows of glass pixels ({@link TubePass}), with each row's filtered light
 * kept for the next picture. Per row:
 * <ul>
 * <li>the raster lines it samples changed since the previous picture: filtered and shaded in one
 *     pass, nothing kept (a changing screen pays nothing for the cache);</li>
 * <li>they did not, and the kept light is for this shift: shaded only (a still screen redrawn
 *     for noise, jitter or flicker);</li>
 * <li>otherwise the first still picture, or the row back at rest (shift 0), is filtered into
 *     the cache, then shaded; a passing shift (the jitter's slip, the wobble band) is done in
 *     one pass and leaves the kept light for the row at rest.</li>
 * </ul>
 * Rows are independent: the composing threads take bands of them. Pure Java.
 */
final class TubeRows {

    private long[] filtered = new long[0];
    /** The raster version each row was last composed from (-1: never). */
    private long[] seen = new long[0];
    /** True when a row's kept light is valid for its lines as last composed, at {@link #keptShift}. */
    private boolean[] kept = new boolean[0];
    private int[] keptShift = new int[0];

    /** Forgets every row (a new size or new tables). */
    void reset(int width, int height) {
        filtered = new long[width * height];
        seen = new long[height];
        Arrays.fill(seen, -1);
        kept = new boolean[height];
        keptShift = new int[height];
    }

    /** The tube pass over the glass pixels of rows [from, to). */
    void band(TubePass.Frame fr, GrilleColours grille, LaneRaster lanes, RasterChanges changes, int[] rowShift,
              long version, int[] out, int from, int to) {
        TubeTables t = fr.t();
        int w = t.key.width();
        int[] runStart = t.runStart;
        int[] runShift = t.runShift;
        boolean masked = t.maskRed != null;
        long[] cache = filtered;
        for (int y = from; y < to; y++) {
            int o = y * w;
            int shift = rowShift[y];            // in 1/256 raster pixels
            int whole = shift >> 8;
            int part = shift & 0xFF;
            long last = seen[y];
            boolean linesSame = last == version
                    || last == changes.before() && last >= 0 && !changes.changed(t.firstLine[y], t.lastLine[y]);
            seen[y] = version;
            boolean shadeOnly = linesSame && kept[y] && keptShift[y] == shift;
            // kept light is (re)written for the row at rest (shift 0) or when there is none; a
            // passing shift (the slip, the wobble band) is done in one pass and leaves it as it is
            boolean keep = linesSame && !shadeOnly && (!kept[y] || shift == 0);
            boolean fused = !shadeOnly && !keep;
            if (keep) {
                kept[y] = true;
                keptShift[y] = shift;
            } else if (!linesSame) {
                kept[y] = false;
            }
            int left = t.left[y];
            int right = t.right[y];
            for (int s = 0; s < runShift.length; s++) {
                int a = Math.max(left, runStart[s]) + o;
                int b = Math.min(right, runStart[s + 1]) + o;
                if (a >= b) {
                    continue;
                }
                int d = runShift[s];
                boolean plain = d == 0 && !masked;
                boolean grey = d == 0 && masked;
                long[] packed = d == 0 ? null : lanes.lanes(Math.abs(d));
                if (fused) {
                    if (grey) {
                        TubePass.fusedMaskedGrey(fr, grille, out, o, a, b, whole, part);
                    } else if (plain) {
                        TubePass.fusedPlain(fr, out, a, b, whole, part);
                    } else if (masked) {
                        TubePass.fusedMasked(fr, grille, packed, d, out, o, a, b, whole, part);
                    } else {
                        TubePass.fusedLanes(fr, packed, d, out, a, b, whole, part);
                    }
                    continue;
                }
                if (!shadeOnly && (plain || grey)) {
                    TubePass.filterPlain(t.map, fr.lum(), cache, a, b, whole, part);
                } else if (!shadeOnly) {
                    TubePass.filterLanes(t.map, packed, cache, a, b, whole, part);
                }
                if (grey) {
                    TubePass.shadeMaskedGrey(fr, grille, cache, out, o, a, b);
                } else if (plain) {
                    TubePass.shadePlain(fr, cache, out, a, b);
                } else if (masked) {
                    TubePass.shadeMasked(fr, grille, cache, d, out, o, a, b);
                } else {
                    TubePass.shadeLanes(fr, cache, d, out, a, b);
                }
            }
        }
    }
}
