package retroshield.ui.crt;

/**
 * The per-pixel loops of the tube pass (see {@link CrtComposer}): for each glass pixel of a row
 * span, the barrel remap into the raster (shifted by the row's jitter), the horizontal linear
 * filter, the static noise, the pixel's gain, the aperture grille and the colour tables. Spans of
 * columns with the same aberration shift are done by one loop: without a shift and without the
 * grille one sample serves all three colours ({@link #plain}); otherwise the red, green and blue
 * samples come packed in one long ({@link LaneRaster}) and are filtered and scaled together
 * ({@link #lanes}). Both give exactly what per-channel integer arithmetic would. Pure Java.
 */
final class TubePass {

    private TubePass() {
    }

    /** What every span of one picture shares. */
    record Frame(TubeTables t, int[] lum, byte[] noise, int noiseOffset, int[] lutR, int[] lutG, int[] lutB,
                 int[] lutGrey) {
    }

    /**
     * Pixels [from, to) without aberration or grille: one sample, one colour table.
     *
     * @param noiseOffset offset into the noise table, or -1 for no noise
     */
    static void plain(Frame fr, int[] out, int from, int to, int whole, int part) {
        int[] map = fr.t().map;
        char[] gain = fr.t().gain;
        int[] lum = fr.lum();
        int[] lut = fr.lutGrey();
        int top = CrtComposer.LEVELS - 1;
        int noiseOffset = fr.noiseOffset();
        if (noiseOffset < 0) {
            for (int i = from; i < to; i++) {
                int m = map[i];
                int f = (m & 0xFF) + part;
                int off = (m >>> 8) + whole + (f >> 8);
                f &= 0xFF;
                int v = (((lum[off] * (256 - f) + lum[off + 1] * f) >> 8) * gain[i]) >> 8;
                out[i] = lut[v < top ? v : top];
            }
            return;
        }
        byte[] nz = fr.noise();
        int wrap = CrtComposer.NOISE_SIZE - 1;
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            int n = nz[(i + noiseOffset) & wrap] & 0xFF;
            int v = ((((lum[off] * (256 - f) + lum[off + 1] * f) >> 8) + n) * gain[i]) >> 8;
            out[i] = lut[v < top ? v : top];
        }
    }

    /**
     * Pixels [from, to) of the row starting at {@code o}, all with aberration shift {@code d}
     * (its red sample d raster pixels left of green, blue d right), with or without the grille.
     */
    static void lanes(Frame fr, long[] packed, int d, int[] out, int o, int from, int to, int whole, int part) {
        // a negative shift reads the outer lanes the other way round
        int redShift = d >= 0 ? 0 : 2 * LaneRaster.LANE_BITS;
        int blueShift = d >= 0 ? 2 * LaneRaster.LANE_BITS : 0;
        TubeTables t = fr.t();
        if (t.maskRed != null) {
            masked(fr, packed, out, o, from, to, whole, part, redShift, blueShift);
            return;
        }
        int[] map = t.map;
        char[] gain = t.gain;
        int[] lr = fr.lutR();
        int[] lg = fr.lutG();
        int[] lb = fr.lutB();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        boolean noisy = noiseOffset >= 0;
        int wrap = CrtComposer.NOISE_SIZE - 1;
        int top = CrtComposer.LEVELS - 1;
        long low = LaneRaster.LOW13;
        long ones = LaneRaster.ONES;
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            long v = ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & low;
            if (noisy) {
                v += (nz[(i + noiseOffset) & wrap] & 0xFF) * ones;
            }
            v = ((v * gain[i]) >>> 8) & low;
            int red = (int) (v >>> redShift) & 0x1FFF;
            int green = (int) (v >>> LaneRaster.LANE_BITS) & 0x1FFF;
            int blue = (int) (v >>> blueShift) & 0x1FFF;
            out[i] = 0xFF000000 | lr[red < top ? red : top] | lg[green < top ? green : top]
                    | lb[blue < top ? blue : top];
        }
    }

    private static void masked(Frame fr, long[] packed, int[] out, int o, int from, int to, int whole, int part,
                               int redShift, int blueShift) {
        TubeTables t = fr.t();
        int[] map = t.map;
        char[] gain = t.gain;
        int[] lr = fr.lutR();
        int[] lg = fr.lutG();
        int[] lb = fr.lutB();
        byte[] nz = fr.noise();
        int noiseOffset = fr.noiseOffset();
        boolean noisy = noiseOffset >= 0;
        int wrap = CrtComposer.NOISE_SIZE - 1;
        int top = CrtComposer.LEVELS - 1;
        long low = LaneRaster.LOW13;
        long ones = LaneRaster.ONES;
        int[] mr = t.maskRed;
        int[] mg = t.maskGreen;
        int[] mb = t.maskBlue;
        for (int i = from; i < to; i++) {
            int m = map[i];
            int f = (m & 0xFF) + part;
            int off = (m >>> 8) + whole + (f >> 8);
            f &= 0xFF;
            long v = ((packed[off] * (256 - f) + packed[off + 1] * f) >>> 8) & low;
            if (noisy) {
                v += (nz[(i + noiseOffset) & wrap] & 0xFF) * ones;
            }
            v = ((v * gain[i]) >>> 8) & low;
            int x = i - o;
            int red = (((int) (v >>> redShift) & 0x1FFF) * mr[x]) >> 8;
            int green = (((int) (v >>> LaneRaster.LANE_BITS) & 0x1FFF) * mg[x]) >> 8;
            int blue = (((int) (v >>> blueShift) & 0x1FFF) * mb[x]) >> 8;
            out[i] = 0xFF000000 | lr[red < top ? red : top] | lg[green < top ? green : top]
                    | lb[blue < top ? blue : top];
        }
    }
}
