package retroshield.ui.crt;

/**
 * Builds the finished CRT picture in Java at the window's device resolution, so that the canvas
 * only has to copy one opaque image per frame (with the software pipeline each full-window
 * scale or blend costs ~10 ms). For each device row it picks the source line (nearest), narrows
 * the row for the curvature band it belongs to, scales the line horizontally with precomputed
 * bilinear index/weight tables, fills the glass around it, and darkens every pixel by the
 * precomputed {@link CrtOverlay} factor (scanlines, vignette, rounded mask). The tables and the
 * factors depend only on the geometry and the settings and are rebuilt only when those change.
 * No JavaFX.
 */
final class FrameComposer {

    /** Picture lines per curvature band (the same inset for the lines of a band). */
    static final int CURVE_STRIP = 2;
    /** How much a full-strength curvature narrows the top and bottom lines. */
    static final double CURVE_DEPTH = 0.05;

    private Geometry geometry;
    /** Per device pixel: how much of the picture is kept, 0..256. */
    private short[] keep;
    /** Per curvature band: first and last device column of the picture (exclusive end). */
    private int[] bandLeft;
    private int[] bandRight;
    /** Per band and device column: source column and weight of the next one (0..256). */
    private int[][] bandIndex;
    private short[][] bandWeight;
    private int[] out;
    /** Glass colour of the margins written into {@link #out}. */
    private int marginGlass;
    /** One source line scaled to device columns (reused by the device rows showing it). */
    private int[] row;

    /** What the tables depend on. */
    record Geometry(int width, int height, double px, double py, double pw, double ph,
                    int sourceWidth, int sourceHeight, int period,
                    double scanlines, double vignette, double curvature) {
    }

    /** Writes the composed pixels (opaque ARGB, width*height) into {@code dest}. */
    void compose(Geometry g, int[] source, int glassRgb, int[] dest) {
        if (!g.equals(geometry)) {
            prepare(g);
        }
        // the glass around the picture does not change: write it only into a new buffer or colour
        boolean margins = dest != out || glassRgb != marginGlass;
        out = dest;
        marginGlass = glassRgb;
        int w = g.width();
        int sw = g.sourceWidth();
        int sh = g.sourceHeight();
        int glass = 0xFF000000 | glassRgb;
        int top = (int) Math.round(g.py());
        int bottom = (int) Math.round(g.py() + g.ph());
        int scaledLine = -1;
        for (int y = 0; y < g.height(); y++) {
            int o = y * w;
            if (y < top || y >= bottom) {
                if (margins) {
                    darkenGlass(o, o + w, glass);
                }
                continue;
            }
            int sy = (int) ((y + 0.5 - g.py()) / g.ph() * sh);
            sy = Math.max(0, Math.min(sh - 1, sy));
            int band = sy / CURVE_STRIP;
            int left = bandLeft[band];
            int right = bandRight[band];
            if (sy != scaledLine) {
                scaleLine(source, sy * sw, sw, band);
                scaledLine = sy;
            }
            if (margins) {
                darkenGlass(o, o + left, glass);
                darkenGlass(o + right, o + w, glass);
            }
            for (int x = left; x < right; x++) {
                int c = row[x];
                int k = keep[o + x];
                out[o + x] = 0xFF000000 | (((c & 0xFF00FF) * k) >>> 8 & 0xFF00FF) | (((c & 0xFF00) * k) >>> 8 & 0xFF00);
            }
        }
    }

    /** Scales one source line into {@link #row} for the columns of a band. */
    private void scaleLine(int[] source, int s, int sw, int band) {
        int[] idx = bandIndex[band];
        short[] wt = bandWeight[band];
        int next = sw > 1 ? 1 : 0;
        for (int x = bandLeft[band]; x < bandRight[band]; x++) {
            int i = s + idx[x];
            int a = source[i];
            int b = source[i + next];
            int f = wt[x];
            int nf = 256 - f;
            int rb = ((a & 0xFF00FF) * nf + (b & 0xFF00FF) * f) >>> 8 & 0xFF00FF;
            int gg = ((a & 0xFF00) * nf + (b & 0xFF00) * f) >>> 8 & 0xFF00;
            row[x] = rb | gg;
        }
    }

    private void darkenGlass(int from, int to, int glass) {
        int rb = glass & 0xFF00FF;
        int gg = glass & 0xFF00;
        for (int i = from; i < to; i++) {
            int k = keep[i];
            out[i] = 0xFF000000 | ((rb * k) >>> 8 & 0xFF00FF) | ((gg * k) >>> 8 & 0xFF00);
        }
    }

    private void prepare(Geometry g) {
        int w = g.width();
        int h = g.height();
        keep = new short[w * h];
        out = null;
        row = new int[w];
        boolean overlay = g.scanlines() > 0 || g.vignette() > 0 || g.curvature() > 0;
        if (overlay) {
            int[] alpha = CrtOverlay.compute(w, h, (int) Math.round(g.py()), g.period(),
                    g.scanlines(), g.vignette(), g.curvature());
            for (int i = 0; i < alpha.length; i++) {
                int k = 255 - (alpha[i] >>> 24);
                keep[i] = (short) (k + (k >> 7));
            }
        } else {
            java.util.Arrays.fill(keep, (short) 256);
        }
        int sw = g.sourceWidth();
        int sh = g.sourceHeight();
        int bands = (sh + CURVE_STRIP - 1) / CURVE_STRIP;
        bandLeft = new int[bands];
        bandRight = new int[bands];
        bandIndex = new int[bands][];
        bandWeight = new short[bands][];
        for (int band = 0; band < bands; band++) {
            int sy = band * CURVE_STRIP;
            int lines = Math.min(CURVE_STRIP, sh - sy);
            double mid = (sy + lines / 2.0) / sh * 2 - 1;
            double inset = g.curvature() > 0 ? g.pw() * CURVE_DEPTH * g.curvature() * mid * mid : 0;
            double x0 = g.px() + inset;
            double rowWidth = g.pw() - 2 * inset;
            int left = Math.max(0, (int) Math.round(x0));
            int right = Math.min(w, (int) Math.round(x0 + rowWidth));
            int[] idx = new int[w];
            short[] wt = new short[w];
            for (int x = left; x < right; x++) {
                double fx = (x + 0.5 - x0) / rowWidth * sw - 0.5;
                int i = (int) Math.floor(fx);
                double f = fx - i;
                if (i < 0) {
                    i = 0;
                    f = 0;
                }
                if (i >= sw - 1) {
                    i = Math.max(0, sw - 2);
                    f = sw > 1 ? 1 : 0;
                }
                idx[x] = i;
                wt[x] = (short) Math.round(f * 256);
            }
            bandLeft[band] = left;
            bandRight[band] = Math.max(left, right);
            bandIndex[band] = idx;
            bandWeight[band] = wt;
        }
        geometry = g;
    }
}
