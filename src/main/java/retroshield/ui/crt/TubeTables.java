package retroshield.ui.crt;

/**
 * Everything about the CRT picture that depends only on the target size and the static
 * settings, computed once per size and reused by every frame (see {@link CrtComposer}):
 * <ul>
 * <li>the glass's span in each device row ({@link #left}, {@link #right});</li>
 * <li>the barrel remap: for each glass pixel, the source offset of the raster pixel it shows,
 *     with an 8-bit horizontal fraction ({@code offset << 8 | fraction});</li>
 * <li>one gain per glass pixel (x256) folding the scanline beam profile (integrated over the
 *     pixel so small sizes do not alias), the vignette, the tube's darker rim and the
 *     anti-aliased rounded edge of the glass;</li>
 * <li>the chromatic aberration shift of each column, growing towards the edges;</li>
 * <li>the bezel picture around the glass.</li>
 * </ul>
 * The source is the padded raster of {@link SourceRaster}: {@code stride} ints per raster line,
 * raster line {@code r} at row {@code r + 1}, row 0 blank. Pure Java; no JavaFX.
 */
final class TubeTables {

    /** Strongest barrel distortion (k in s = p (1 + k r^2) / (1 + k)). */
    static final double MAX_BARREL = 0.10;
    /** Largest chromatic aberration shift at the edge of the glass, in source pixels. */
    static final int MAX_ABERRATION = 3;
    /** Darkest the vignette makes the corners at full strength. */
    static final double VIGNETTE_DEPTH = 0.5;
    /** Highest gain a pixel can have (x256). */
    static final int MAX_GAIN = 1023;
    /** Vertical samples per device pixel when integrating the beam profile. */
    private static final int BEAM_SAMPLES = 4;

    /** What the tables depend on. */
    record Key(int width, int height, int sourceWidth, int rasterLines, int stride,
               double curvature, double scanlines, double vignette, double chromatic, int phosphorRgb,
               double mask) {
    }

    final Key key;
    final TubeLayout layout;
    final int[] left;
    final int[] right;
    final int[] map;
    final char[] gain;
    final int[] aberration;
    /**
     * The first and last line of the padded raster each device row samples (its glass pixels'
     * remap targets; the blank line 0 left out); first > last for a row that samples none.
     */
    final int[] firstLine;
    final int[] lastLine;
    /**
     * Runs of columns with the same aberration shift (it grows from the middle outwards): run
     * {@code s} covers columns [{@code runStart[s]}, {@code runStart[s + 1]}) with shift
     * {@code runShift[s]}; the last entry of runStart is the width.
     */
    int[] runStart;
    int[] runShift;
    /** Aperture grille: per column, the weight (x256) of red, green and blue; null when off. */
    final int[] maskRed;
    final int[] maskGreen;
    final int[] maskBlue;
    final int[] bezel;
    /** Source offset of a blank pixel, shown where the glass has no raster. */
    final int blank;
    /**
     * The bezel's inner bevel reflects the picture, blurred: for each of its pixels
     * ({@link #ringPixel}), the pixel of the raster's blurred copy it mirrors
     * ({@link #ringSource}) and how much of it (x256).
     */
    int[] ringPixel;
    int[] ringSource;
    int[] ringWeight;
    /**
     * The ring's pixels on even device rows come first, those on odd rows from this index on:
     * while the picture keeps changing, each half is refreshed every other picture.
     */
    int ringSplit;
    /** How far the reflection reaches out from the glass, in pixels. */
    final int ringWidth;

    TubeTables(Key k) {
        this.key = k;
        int w = k.width();
        int h = k.height();
        layout = TubeLayout.of(w, h, k.curvature());
        left = new int[h];
        right = new int[h];
        map = new int[w * h];
        gain = new char[w * h];
        aberration = new int[w];
        firstLine = new int[h];
        lastLine = new int[h];
        if (k.mask() > 0) {
            maskRed = new int[w];
            maskGreen = new int[w];
            maskBlue = new int[w];
            grille(k.mask());
        } else {
            maskRed = null;
            maskGreen = null;
            maskBlue = null;
        }
        bezel = new int[w * h];
        blank = k.stride() / 2;
        ringWidth = (int) Math.ceil(Math.max(3, Math.min(w, h) * TubeLayout.MIN_BEZEL * 0.55));
        spans();
        remap();
        linesSampled();
        columns();
        reflections();
        BezelPainter.paint(layout, k.phosphorRgb(), bezel);
    }

    private void spans() {
        TubeLayout t = layout;
        for (int y = 0; y < key.height(); y++) {
            double cy = y + 0.5;
            int l = (int) Math.floor(t.glassX());
            int r = (int) Math.ceil(t.glassX() + t.glassW());
            // shrink to the pixels that touch the rounded glass
            while (l < r && t.glassDistance(l + 0.5, cy) > 1) {
                l++;
            }
            while (r > l && t.glassDistance(r - 0.5, cy) > 1) {
                r--;
            }
            left[y] = Math.max(0, l);
            right[y] = Math.min(key.width(), Math.max(l, r));
        }
    }

    private void remap() {
        TubeLayout t = layout;
        double k = MAX_BARREL * key.curvature();
        double cx = t.pictureX() + t.pictureW() / 2;
        double cy = t.pictureY() + t.pictureH() / 2;
        double hx = t.pictureW() / 2;
        double hy = t.pictureH() / 2;
        int sw = key.sourceWidth();
        int sh = key.rasterLines();
        int stride = key.stride();
        double scan = key.scanlines();
        double sigma = 0.42 - 0.17 * scan;
        double beamMean = beamMean(sigma);
        double vig = key.vignette();
        double rim = t.glassH() * 0.03;
        for (int y = 0; y < key.height(); y++) {
            int o = y * key.width();
            double ny = (y + 0.5 - cy) / hy;
            for (int x = left[y]; x < right[y]; x++) {
                double nx = (x + 0.5 - cx) / hx;
                double r2 = nx * nx + ny * ny;
                double f = (1 + k * r2) / (1 + k);
                double sx = nx * f;
                double sy = ny * f;
                int m;
                if (sx <= -1 || sx >= 1 || sy <= -1 || sy >= 1) {
                    m = blank << 8;
                } else {
                    double u = (sx + 1) / 2 * sw - 0.5;
                    int iu = (int) Math.floor(u);
                    int frac = (int) Math.round((u - iu) * 255);
                    if (iu < 0) {
                        iu = 0;
                        frac = 0;
                    }
                    if (iu > sw - 1) {
                        iu = sw - 1;
                        frac = 0;
                    }
                    int line = Math.min(sh - 1, (int) Math.floor((sy + 1) / 2 * sh));
                    m = (((line + 1) * stride + SourceRaster.PAD + iu) << 8) | frac;
                }
                map[o + x] = m;
                double g = 1;
                if (scan > 0) {
                    g *= (1 - scan) + scan * beam(x + 0.5, y, cx, cy, hx, hy, k, sh, sigma) / beamMean;
                }
                if (vig > 0) {
                    g *= 1 - vig * VIGNETTE_DEPTH * smoothstep(0.3, 2.1, r2);
                }
                double d = -t.glassDistance(x + 0.5, y + 0.5);
                g *= 0.6 + 0.4 * smoothstep(0, rim, d);
                g *= Math.max(0, Math.min(1, d + 0.5));
                gain[o + x] = (char) Math.max(0, Math.min(MAX_GAIN, Math.round(g * 256)));
            }
        }
    }

    private void linesSampled() {
        int stride = key.stride();
        for (int y = 0; y < key.height(); y++) {
            int first = Integer.MAX_VALUE;
            int last = 0;
            int o = y * key.width();
            for (int x = left[y]; x < right[y]; x++) {
                // the jitter shifts along the line only (the padding is wider than any shift)
                int line = (map[o + x] >>> 8) / stride;
                if (line > 0) {
                    first = Math.min(first, line);
                    last = Math.max(last, line);
                }
            }
            firstLine[y] = first;
            lastLine[y] = last;
        }
    }

    /** The beam's brightness averaged over a device pixel's height. */
    private static double beam(double px, int y, double cx, double cy, double hx, double hy,
                               double k, int lines, double sigma) {
        double nx = (px - cx) / hx;
        double sum = 0;
        for (int s = 0; s < BEAM_SAMPLES; s++) {
            double ny = (y + (s + 0.5) / BEAM_SAMPLES - cy) / hy;
            double f = (1 + k * (nx * nx + ny * ny)) / (1 + k);
            double v = (ny * f + 1) / 2 * lines;
            double d = v - Math.floor(v) - 0.5;
            sum += Math.exp(-d * d / (2 * sigma * sigma));
        }
        return sum / BEAM_SAMPLES;
    }

    /** Mean of the beam profile over one raster line (so the scanlines keep the brightness). */
    static double beamMean(double sigma) {
        double sum = 0;
        int n = 64;
        for (int i = 0; i < n; i++) {
            double d = (i + 0.5) / n - 0.5;
            sum += Math.exp(-d * d / (2 * sigma * sigma));
        }
        return sum / n;
    }

    private void columns() {
        double cx = layout.glassX() + layout.glassW() / 2;
        double half = layout.glassW() / 2;
        double c = key.chromatic();
        for (int x = 0; x < key.width(); x++) {
            double n = Math.max(-1, Math.min(1, (x + 0.5 - cx) / half));
            aberration[x] = (int) Math.round(c * MAX_ABERRATION * n * Math.abs(n));
        }
        int runs = 1;
        for (int x = 1; x < key.width(); x++) {
            runs += aberration[x] != aberration[x - 1] ? 1 : 0;
        }
        runStart = new int[runs + 1];
        runShift = new int[runs];
        int r = 0;
        for (int x = 0; x < key.width(); x++) {
            if (x == 0 || aberration[x] != aberration[x - 1]) {
                runStart[r] = x;
                runShift[r++] = aberration[x];
            }
        }
        runStart[runs] = key.width();
    }

    /** How much of the other two colours a stripe lets through at full strength. */
    static final double MASK_DEPTH = 0.65;

    /**
     * Stripes of red, green and blue phosphor one device column each (a 3-column triad): each
     * column passes its own colour and dims the other two; the overall brightness is kept.
     */
    private void grille(double strength) {
        double other = 1 - MASK_DEPTH * strength;
        double norm = 3 / (1 + 2 * other);
        for (int x = 0; x < key.width(); x++) {
            int phase = x % 3;
            maskRed[x] = (int) Math.round(256 * norm * (phase == 0 ? 1 : other));
            maskGreen[x] = (int) Math.round(256 * norm * (phase == 1 ? 1 : other));
            maskBlue[x] = (int) Math.round(256 * norm * (phase == 2 ? 1 : other));
        }
    }

    /** Strongest reflection of the picture on the bevel (share of the light), next to the glass. */
    static final double REFLECTION = 0.45;

    private void reflections() {
        TubeLayout t = layout;
        int w = key.width();
        int h = key.height();
        double cx = t.glassX() + t.glassW() / 2;
        double cy = t.glassY() + t.glassH() / 2;
        double hw = t.glassW() / 2 - t.cornerRadius();
        double hh = t.glassH() / 2 - t.cornerRadius();
        int x0 = Math.max(0, (int) Math.floor(t.glassX()) - ringWidth);
        int x1 = Math.min(w, (int) Math.ceil(t.glassX() + t.glassW()) + ringWidth);
        int y0 = Math.max(0, (int) Math.floor(t.glassY()) - ringWidth);
        int y1 = Math.min(h, (int) Math.ceil(t.glassY() + t.glassH()) + ringWidth);
        java.util.List<int[]> ring = new java.util.ArrayList<>();
        int sw = key.sourceWidth();
        int sh = key.rasterLines();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double d = t.glassDistance(px, py);
                if (d <= 1 || d >= ringWidth) {
                    continue;
                }
                double qx = Math.abs(px - cx) - hw;
                double qy = Math.abs(py - cy) - hh;
                double nx;
                double ny;
                if (qx > 0 && qy > 0) {
                    double len = Math.hypot(qx, qy);
                    nx = Math.signum(px - cx) * qx / len;
                    ny = Math.signum(py - cy) * qy / len;
                } else if (qx > qy) {
                    nx = Math.signum(px - cx);
                    ny = 0;
                } else {
                    nx = 0;
                    ny = Math.signum(py - cy);
                }
                // the point of the glass this bevel pixel mirrors
                double mx = px - nx * (2 * d + t.glassW() * TubeLayout.BORDER);
                double my = py - ny * (2 * d + t.glassH() * TubeLayout.BORDER);
                int u = (int) Math.max(0, Math.min(sw - 1, (mx - t.pictureX()) / t.pictureW() * sw));
                int v = (int) Math.max(0, Math.min(sh - 1, (my - t.pictureY()) / t.pictureH() * sh));
                double f = 1 - d / ringWidth;
                int weight = (int) Math.round(REFLECTION * f * f * 256);
                if (weight > 0) {
                    int bw = SourceRaster.bloomWidth(sw);
                    ring.add(new int[] {y * w + x, (v / SourceRaster.BLOOM_DY) * bw + u / SourceRaster.BLOOM_DX, weight});
                }
            }
        }
        ringPixel = new int[ring.size()];
        ringSource = new int[ring.size()];
        ringWeight = new int[ring.size()];
        int n = 0;
        for (int parity = 0; parity < 2; parity++) {
            if (parity == 1) {
                ringSplit = n;
            }
            for (int[] e : ring) {
                if (e[0] / w % 2 == parity) {
                    ringPixel[n] = e[0];
                    ringSource[n] = e[1];
                    ringWeight[n++] = e[2];
                }
            }
        }
    }

    static double smoothstep(double e0, double e1, double v) {
        double t = Math.max(0, Math.min(1, (v - e0) / (e1 - e0)));
        return t * t * (3 - 2 * t);
    }
}
