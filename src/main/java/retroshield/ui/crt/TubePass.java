package retroshield.ui.crt;

/**
 * The per-pixel loops of the tube pass (see {@link CrtComposer}), in two stages per row span:
 * <ol>
 * <li><b>filter</b>: the barrel remap into the raster (shifted by the row's jitter) and the
 *     horizontal linear filter, written to a per-pixel cache ({@link #filterPlain},
 *     {@link #filterLanes}). It depends only on the raster and the row's shift, so a still screen
 *     recomputes it only for the rows whose shift changed;</li>
 * <li><b>shade</b>: the static noise, the pixel's gain, the aperture grille and the colour tables,
 *     which change every animation step ({@link #shadePlain}, {@link #shadeLanes},
 *     {@link #shadeMasked}).</li>
 * </ol>
 * Spans of columns with the same aberration shift are done by one loop: without a shift and
 * without the grille one sample serves all three colours (plain); otherwise the red, green and
 * blue samples come packed in one long ({@link LaneRaster}) and are filtered and scaled together.
 * Both give exactly what per-channel integer arithmetic would. Pure Java.
 */
final class TubePass {

    private static final int TOP = CrtComposer.LEVELS - 1;
    private static final int WRAP = CrtComposer.NOISE_SIZE - 1;

    private TubePass() {
    }

    /** What every span of one picture shares. */
    record Frame(TubeTables t, int[] lum, byte[] noise, int noiseOffset, int[] lutR, int[] lutG, int[] lutB,
                 int[] lutGrey) {
    }

    /** Filters pixels [from, to) from one raster sample each into {@code cache} (plain spans). */
    static void filterPlain(int[] map, int[] lum, long[] cache, int from, int to, int whole, int part) {
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            cache[i] = (lum[off] * (256 - f) + lum[off + 1] * f) >> 8;
        }
    }

    /** Filters pixels [from, to) from packed red/green/blue samples into {@code cache}. */
    static void filterLanes(int[] map, long[] packed, long[] cache, int from, int to, int whole, int part) {
        long low = LaneRaster.LOW13;
        if ((whole | part) == 0) {
            for (int i = from; i < to; i++) {
                int m = map[i];
                int f = m & 0xFF;
                int off = m >>> 8;
                cache[i] = ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & low;
            }
            return;
        }
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            cache[i] = ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & low;
        }
    }

    /** Pixels [from, to) of a plain span: noise, gain, one colour table. */
    static void shadePlain(Frame fr, long[] cache, int[] out, int from, int to) {
        char[] gain = fr.t().gain;
        int[] lut = fr.lutGrey();
        int noiseOffset = fr.noiseOffset();
        if (noiseOffset < 0) {
            for (int i = from; i < to; i++) {
                int v = ((int) cache[i] * gain[i]) >> 8;
                out[i] = lut[Math.min(v, TOP)];
            }
            return;
        }
        byte[] nz = fr.noise();
        for (int i = from; i < to; i++) {
            int v = (((int) cache[i] + nz[(i + noiseOffset) & WRAP]) * gain[i]) >> 8;
            out[i] = lut[Math.min(v, TOP)];
        }
    }

    /**
     * Pixels [from, to) of a span with aberration shift d (its red sample d raster pixels left of
     * green, blue d right) and no grille.
     */
    static void shadeLanes(Frame fr, long[] cache, int d, int[] out, int from, int to) {
        // a negative shift reads the outer lanes the other way round
        int redShift = d >= 0 ? 0 : 2 * LaneRaster.LANE_BITS;
        int blueShift = d >= 0 ? 2 * LaneRaster.LANE_BITS : 0;
        char[] gain = fr.t().gain;
        int[] lr = fr.lutR();
        int[] lg = fr.lutG();
        int[] lb = fr.lutB();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        long ones = noiseOffset >= 0 ? LaneRaster.ONES : 0;
        int nzo = Math.max(0, noiseOffset);
        long low = LaneRaster.LOW13;
        for (int i = from; i < to; i++) {
            // noise is at most MAX_NOISE, so the signed byte is the level
            long v = (((cache[i] + nz[(i + nzo) & WRAP] * ones) * gain[i]) >>> 8) & low;
            int red = (int) (v >>> redShift) & 0x1FFF;
            int green = (int) (v >>> LaneRaster.LANE_BITS) & 0x1FFF;
            int blue = (int) (v >>> blueShift) & 0x1FFF;
            out[i] = 0xFF000000 | lr[Math.min(red, TOP)] | lg[Math.min(green, TOP)] | lb[Math.min(blue, TOP)];
        }
    }

    /**
     * As {@link #shadeLanes}, through the aperture grille (row starting at {@code o}): colour
     * tables per column phase with the grille's weights folded in ({@link GrilleColours}).
     */
    static void shadeMasked(Frame fr, GrilleColours grille, long[] cache, int d, int[] out, int o, int from,
                            int to) {
        int redShift = d >= 0 ? 0 : 2 * LaneRaster.LANE_BITS;
        int blueShift = d >= 0 ? 2 * LaneRaster.LANE_BITS : 0;
        char[] gain = fr.t().gain;
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        long ones = noiseOffset >= 0 ? LaneRaster.ONES : 0;
        int nzo = Math.max(0, noiseOffset);
        int[] table = grille.table;
        int size = grille.size;
        // the grille's phase steps through the table's three segments column by column (a plain
        // loop: the JIT schedules it better than one unrolled by whole triads)
        int step = 3 * size;
        int end = 3 * step;
        int base = Math.floorMod(from - o, 3) * step;
        for (int i = from; i < to; i++) {
            out[i] = maskedPixel(cache[i], nz[(i + nzo) & WRAP], ones, gain[i], table, base, size,
                    redShift, blueShift);
            base += step;
            if (base == end) {
                base = 0;
            }
        }
    }

    /** Filter and shade in one pass, nothing kept: a plain span ({@link #filterPlain}, {@link #shadePlain}). */
    static void fusedPlain(Frame fr, int[] out, int from, int to, int whole, int part) {
        int[] map = fr.t().map;
        char[] gain = fr.t().gain;
        int[] lum = fr.lum();
        int[] lut = fr.lutGrey();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        int noisy = noiseOffset >= 0 ? 1 : 0;
        int nzo = Math.max(0, noiseOffset);
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            int light = (lum[off] * (256 - f) + lum[off + 1] * f) >> 8;
            int v = ((light + nz[(i + nzo) & WRAP] * noisy) * gain[i]) >> 8;
            out[i] = lut[Math.min(v, TOP)];
        }
    }

    /** Filter and shade in one pass, nothing kept: a span with aberration shift d, no grille. */
    static void fusedLanes(Frame fr, long[] packed, int d, int[] out, int from, int to, int whole, int part) {
        int redShift = d >= 0 ? 0 : 2 * LaneRaster.LANE_BITS;
        int blueShift = d >= 0 ? 2 * LaneRaster.LANE_BITS : 0;
        int[] map = fr.t().map;
        char[] gain = fr.t().gain;
        int[] lr = fr.lutR();
        int[] lg = fr.lutG();
        int[] lb = fr.lutB();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        long ones = noiseOffset >= 0 ? LaneRaster.ONES : 0;
        int nzo = Math.max(0, noiseOffset);
        long low = LaneRaster.LOW13;
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            long v = ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & low;
            v = ((v + nz[(i + nzo) & WRAP] * ones) * gain[i]) >>> 8;
            int red = (int) (v >>> redShift) & 0x1FFF;
            int green = (int) (v >>> LaneRaster.LANE_BITS) & 0x1FFF;
            int blue = (int) (v >>> blueShift) & 0x1FFF;
            out[i] = 0xFF000000 | lr[Math.min(red, TOP)] | lg[Math.min(green, TOP)] | lb[Math.min(blue, TOP)];
        }
    }

    /** Filter and shade in one pass, nothing kept: a span through the grille (row starting at o). */
    static void fusedMasked(Frame fr, GrilleColours grille, long[] packed, int d, int[] out, int o, int from, int to,
                            int whole, int part) {
        int redShift = d >= 0 ? 0 : 2 * LaneRaster.LANE_BITS;
        int blueShift = d >= 0 ? 2 * LaneRaster.LANE_BITS : 0;
        int[] map = fr.t().map;
        char[] gain = fr.t().gain;
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        long ones = noiseOffset >= 0 ? LaneRaster.ONES : 0;
        int nzo = Math.max(0, noiseOffset);
        int[] table = grille.table;
        int size = grille.size;
        int step = 3 * size;
        int end = 3 * step;
        int base = Math.floorMod(from - o, 3) * step;
        for (int i = from; i < to; i++) {
            out[i] = maskedPixel(filterLanes(map[i], packed, whole, part), nz[(i + nzo) & WRAP], ones, gain[i],
                    table, base, size, redShift, blueShift);
            base += step;
            if (base == end) {
                base = 0;
            }
        }
    }

    /** One pixel's packed red/green/blue light: the remap m, shifted, and the horizontal filter. */
    private static long filterLanes(int m, long[] packed, int whole, int part) {
        int f = (m & 0xFF) + part;
        int off = (m >>> 8) + whole + (f >> 8);
        f &= 0xFF;
        return ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & LaneRaster.LOW13;
    }

    /**
     * One pixel through the grille: noise and gain on the packed light, then the three colours'
     * tables of the phase whose segments start at {@code base}.
     */
    private static int maskedPixel(long light, int noise, long ones, int gain, int[] table, int base, int size,
                                   int redShift, int blueShift) {
        // each lane's product stays under 21 bits; the 13-bit cut of each lane drops what the
        // shift moved in from the lane above
        long v = ((light + noise * ones) * gain) >>> 8;
        int red = (int) (v >>> redShift) & 0x1FFF;
        int green = (int) (v >>> LaneRaster.LANE_BITS) & 0x1FFF;
        int blue = (int) (v >>> blueShift) & 0x1FFF;
        // no level exceeds GrilleColours.MAX_LEVEL: every one has its entry (no clamping)
        return table[base + red] | table[base + size + green] | table[base + 2 * size + blue];
    }

    /**
     * Pixels [from, to) through the grille without aberration (row starting at o): the three
     * colours see the same light, so one look-up in {@link GrilleColours#grey} gives the pixel;
     * the same colour as {@link #shadeMasked} on lanes holding three equal samples.
     */
    static void shadeMaskedGrey(Frame fr, GrilleColours grille, long[] cache, int[] out, int o, int from, int to) {
        char[] gain = fr.t().gain;
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        int noisy = noiseOffset >= 0 ? 1 : 0;
        int nzo = Math.max(0, noiseOffset);
        int[] grey = grille.grey;
        int size = grille.size;
        int end = 3 * size;
        int base = Math.floorMod(from - o, 3) * size;
        for (int i = from; i < to; i++) {
            out[i] = greyPixel((int) cache[i], nz[(i + nzo) & WRAP] * noisy, gain[i], grey, base);
            base += size;
            if (base == end) {
                base = 0;
            }
        }
    }

    /** One pixel through the grille whose three colours see the same light. */
    private static int greyPixel(int light, int noise, int gain, int[] grey, int base) {
        return grey[base + (((light + noise) * gain) >> 8)];
    }

    /** One pixel's light from the raster: the remap m, shifted, and the horizontal filter. */
    private static int filterGrey(int m, int[] lum, int whole, int part) {
        int f = (m & 0xFF) + part;
        int off = (m >>> 8) + whole + (f >> 8);
        f &= 0xFF;
        return (lum[off] * (256 - f) + lum[off + 1] * f) >> 8;
    }

    /** Filter and shade in one pass, nothing kept: {@link #filterPlain} then {@link #shadeMaskedGrey}. */
    static void fusedMaskedGrey(Frame fr, GrilleColours grille, int[] out, int o, int from, int to, int whole,
                                int part) {
        int[] map = fr.t().map;
        char[] gain = fr.t().gain;
        int[] lum = fr.lum();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        int noisy = noiseOffset >= 0 ? 1 : 0;
        int nzo = Math.max(0, noiseOffset);
        int[] grey = grille.grey;
        int size = grille.size;
        int end = 3 * size;
        int base = Math.floorMod(from - o, 3) * size;
        for (int i = from; i < to; i++) {
            out[i] = greyPixel(filterGrey(map[i], lum, whole, part), nz[(i + nzo) & WRAP] * noisy, gain[i], grey,
                    base);
            base += size;
            if (base == end) {
                base = 0;
            }
        }
    }
}
