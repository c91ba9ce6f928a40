package retroshield.ui.crt;

import java.util.Arrays;

/**
 * The emulated raster a frame is drawn on before it reaches the tube: the characters at the
 * font's pixel width, and vertically a fixed number of raster lines per character row (about
 * {@value #TARGET_LINES_PER_ROW}, as on a VT220; the dot-matrix font's 10 dot rows give 10).
 * Each raster line takes the brightest of the font rows it covers, so no glyph row is ever
 * dropped. Then, at raster resolution:
 * <ul>
 * <li>phosphor persistence: each pixel keeps the brighter of its new value and the previous
 *     picture decayed by the time since it (the previous buffer is kept here);</li>
 * <li>bloom: a copy reduced {@value #BLOOM_DX}x horizontally and {@value #BLOOM_DY}x vertically,
 *     blurred by two separable box passes, scaled back up bilinearly and added.</li>
 * </ul>
 * The result is {@link #lum}: luminance per raster pixel (0 up to about 255 plus the bloom),
 * padded by {@value #PAD} blank columns on each side and a blank row 0, so the composer can shift
 * and sample neighbours without bounds checks. Pure Java; no JavaFX.
 */
final class SourceRaster {

    static final int TARGET_LINES_PER_ROW = 12;
    static final int PAD = 16;
    static final int BLOOM_DX = 4;
    static final int BLOOM_DY = 2;
    static final int BLOOM_RADIUS = 3;
    /** Bloom added at full strength (x256 of the blurred luminance). */
    static final int BLOOM_GAIN = 220;
    /**
     * The most light a pixel of {@link #lum} can hold: text, persistence and burn-in stay within
     * 0..255, and the bloom adds at most 255 times {@link #BLOOM_GAIN} / 256.
     */
    static final int MAX_LIGHT = 255 + ((255 * BLOOM_GAIN) >> 8);
    private static final double NOMINAL_FRAME_SECONDS = 1.0 / 60;

    private int width;
    private int lines;
    private int stride;
    private int fontRowsPerLine;
    private int linesPerRow;
    private int[] fine;
    private int[] current;
    /** Previous picture x256 (for the persistence). */
    private int[] previous;
    private int[] small;
    private int[] smallTmp;
    int[] lum;
    private final BurnIn burnIn = new BurnIn();
    private long lastNanos = Long.MIN_VALUE;
    private int residual;
    /** Counts the pictures drawn (see {@link #version}). */
    private long version;

    int width() {
        return width;
    }

    int lines() {
        return lines;
    }

    int stride() {
        return stride;
    }

    /** Changes every time {@link #lum} is drawn anew. */
    long version() {
        return version;
    }

    int linesPerRow() {
        return linesPerRow;
    }

    /** Raster lines per character row for a font cell height. */
    static int linesPerRow(int cellHeight) {
        return linesPerRow(cellHeight, 0);
    }

    /** Raster lines per character row for a font cell height, merging at most maxRows rows (0: any). */
    static int linesPerRow(int cellHeight, int maxRows) {
        int rowsPerLine = (cellHeight + TARGET_LINES_PER_ROW - 1) / TARGET_LINES_PER_ROW;
        if (maxRows > 0) {
            rowsPerLine = Math.min(rowsPerLine, maxRows);
        }
        return (cellHeight + rowsPerLine - 1) / rowsPerLine;
    }

    /** True while a burnt-in ghost is shown (it fades slowly). */
    boolean burnFading() {
        return burnIn.fading();
    }

    /** True while the persistence is still fading a previous picture. */
    boolean fading() {
        return residual > 0;
    }

    /**
     * Draws a frame into {@link #lum}.
     *
     * @param persistence 0..1
     * @param glow        0..1
     * @param burn        burn-in, 0..1
     */
    void draw(retroshield.terminal.TerminalFrame frame, GlyphAtlas atlas, TextSelection selection,
              boolean blinkOn, double persistence, double glow, double burn, long nanos) {
        draw(frame, atlas, selection, blinkOn, persistence, glow, burn, nanos, null);
    }

    /** Lines per piece of the bloom's upscale that the composing threads take in turn. */
    static final int BLOOM_LINES_PER_JOB = 32;

    /** As above, the bloom's upscale spread over the composing threads (null: this thread). */
    void draw(retroshield.terminal.TerminalFrame frame, GlyphAtlas atlas, TextSelection selection,
              boolean blinkOn, double persistence, double glow, double burn, long nanos,
              ComposeThreads threads) {
        version++;
        int cw = atlas.cellWidth();
        int ch = atlas.cellHeight();
        int w = frame.columns() * cw;
        int lpr = linesPerRow(ch, atlas.maxRowsPerLine());
        int h = frame.rows() * lpr;
        if (w != width || h != lines || lpr != linesPerRow || fine == null
                || fine.length != w * frame.rows() * ch) {
            allocate(w, h, lpr, ch, frame.rows());
        }
        double seconds = lastNanos == Long.MIN_VALUE ? 1 : Math.max(0, nanos - lastNanos) / 1e9;
        lastNanos = nanos;
        burnIn.begin(current.length, burn, seconds);
        int keep = persistence <= 0 ? -1 : keep(persistence, seconds);
        // character rows in bands: text, raster lines, burn-in and persistence are local to a row
        int rows = frame.rows();
        int bands = (rows + ROWS_PER_BAND - 1) / ROWS_PER_BAND;
        boolean[] ghosts = new boolean[bands];
        int[] residuals = new int[bands];
        java.util.function.IntConsumer band = j -> {
            int first = j * ROWS_PER_BAND;
            int last = Math.min(rows, first + ROWS_PER_BAND);
            TextRasterizer.drawRows(frame, atlas, selection, blinkOn, fine, first, last);
            reduce(ch, first, last);
            int from = first * linesPerRow * width;
            int to = last * linesPerRow * width;
            ghosts[j] = burnIn.applyRange(current, from, to);
            residuals[j] = keep < 0 ? 0 : persist(keep, from, to);
        };
        if (threads != null) {
            threads.run(bands, band);
        } else {
            for (int j = 0; j < bands; j++) {
                band.accept(j);
            }
        }
        boolean ghost = false;
        int res = 0;
        for (int j = 0; j < bands; j++) {
            ghost |= ghosts[j];
            res = Math.max(res, residuals[j]);
        }
        burnIn.end(ghost);
        residual = res < 3 ? 0 : res;
        int gain = (int) Math.round(glow * BLOOM_GAIN);
        blur();
        if (gain > 0 && threads != null) {
            threads.run((lines + BLOOM_LINES_PER_JOB - 1) / BLOOM_LINES_PER_JOB, j ->
                    addBloom(gain, j * BLOOM_LINES_PER_JOB, Math.min(lines, (j + 1) * BLOOM_LINES_PER_JOB)));
        } else if (gain > 0) {
            addBloom(gain, 0, lines);
        } else {
            for (int y = 0; y < lines; y++) {
                System.arraycopy(current, y * width, lum, (y + 1) * stride + PAD, width);
            }
        }
    }

    private void allocate(int w, int h, int lpr, int ch, int rows) {
        width = w;
        lines = h;
        linesPerRow = lpr;
        fontRowsPerLine = (ch + lpr - 1) / lpr;
        stride = w + 2 * PAD;
        fine = new int[w * rows * ch];
        current = new int[w * h];
        previous = new int[w * h];
        int bw = (w + BLOOM_DX - 1) / BLOOM_DX;
        int bh = (h + BLOOM_DY - 1) / BLOOM_DY;
        small = new int[bw * bh];
        smallTmp = new int[bw * bh];
        lum = new int[stride * (h + 2)];
        lastNanos = Long.MIN_VALUE;
        residual = 0;
    }

    /** Character rows per piece of the text, burn-in and persistence the composing threads take. */
    static final int ROWS_PER_BAND = 3;

    /**
     * Fine font rows to raster lines for character rows [fromRow, toRow): each line the brightest
     * of the rows it covers.
     */
    private void reduce(int ch, int fromRow, int toRow) {
        int w = width;
        for (int row = fromRow; row < toRow; row++) {
            for (int l = 0; l < linesPerRow; l++) {
                int first = l * fontRowsPerLine;
                int last = Math.min(ch, first + fontRowsPerLine);
                int dst = (row * linesPerRow + l) * w;
                if (first >= ch) {
                    Arrays.fill(current, dst, dst + w, 0);
                    continue;
                }
                System.arraycopy(fine, (row * ch + first) * w, current, dst, w);
                for (int fy = first + 1; fy < last; fy++) {
                    int src = (row * ch + fy) * w;
                    for (int x = 0; x < w; x++) {
                        int v = fine[src + x];
                        if (v > current[dst + x]) {
                            current[dst + x] = v;
                        }
                    }
                }
            }
        }
    }

    /** The share of the previous picture's light kept after this many seconds (x256). */
    private static int keep(double strength, double seconds) {
        // at full strength 85 % of the light is left after 1/60 s (a long, visible trail)
        double keep = Math.pow(0.45 + 0.4 * strength, Math.max(seconds, 0.001) / NOMINAL_FRAME_SECONDS);
        return (int) Math.round(keep * 256);
    }

    /**
     * Persistence over pixels [from, to): each keeps the brighter of its new value and the
     * previous picture faded by k/256. Returns the brightest faded light still shown.
     */
    private int persist(int k, int from, int to) {
        int res = 0;
        for (int i = from; i < to; i++) {
            int faded = (previous[i] * k) >> 8;
            int now = current[i] << 8;
            int kept = Math.max(faded, now);
            previous[i] = kept;
            current[i] = kept >> 8;
            // without branches (a changing picture makes them unpredictable): -1 where the faded
            // light wins, so only its share counts for what is still fading
            res = Math.max(res, (faded >> 8) & ((now - faded) >> 31));
        }
        return res;
    }

    /** The blurred, reduced copy (also what the bezel reflects), {@link #bloomWidth} wide. */
    int[] blurred() {
        return small;
    }

    static int bloomWidth(int width) {
        return (width + BLOOM_DX - 1) / BLOOM_DX;
    }

    private void blur() {
        int w = width;
        int h = lines;
        int bw = (w + BLOOM_DX - 1) / BLOOM_DX;
        int bh = (h + BLOOM_DY - 1) / BLOOM_DY;
        Arrays.fill(small, 0);
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int so = (y / BLOOM_DY) * bw;
            for (int x = 0; x < w; x++) {
                small[so + x / BLOOM_DX] += current[o + x];
            }
        }
        int area = BLOOM_DX * BLOOM_DY;
        for (int i = 0; i < small.length; i++) {
            small[i] /= area;
        }
        for (int pass = 0; pass < 2; pass++) {
            blurH(small, smallTmp, bw, bh);
            blurV(smallTmp, small, bw, bh);
        }
    }

    /** Adds the bloom to raster lines [from, to). */
    private void addBloom(int gain, int from, int to) {
        int w = width;
        int h = lines;
        int bw = (w + BLOOM_DX - 1) / BLOOM_DX;
        int bh = (h + BLOOM_DY - 1) / BLOOM_DY;
        // bilinear upscale, added to the picture: each line blends its two bloom rows once per
        // bloom column (the same sum as blending across first, without rounding in between)
        int[] column = new int[bw];
        int[] wxs = new int[BLOOM_DX];
        for (int k = 0; k < BLOOM_DX; k++) {
            wxs[k] = (k * 256 + 128) / BLOOM_DX;
        }
        for (int y = from; y < to; y++) {
            double fy = (y + 0.5) / BLOOM_DY - 0.5;
            int y0 = clamp((int) Math.floor(fy), bh);
            int y1 = clamp(y0 + 1, bh);
            int wy = fy < 0 ? 0 : (int) ((fy - Math.floor(fy)) * 256);
            int r0 = y0 * bw;
            int r1 = y1 * bw;
            for (int sx = 0; sx < bw; sx++) {
                column[sx] = small[r0 + sx] * (256 - wy) + small[r1 + sx] * wy;
            }
            int o = y * w;
            int d = (y + 1) * stride + PAD;
            for (int sx = 0; sx < bw; sx++) {
                int left = column[sx];
                int right = column[sx + 1 < bw ? sx + 1 : sx];
                int x0 = sx * BLOOM_DX;
                int x1 = Math.min(w, x0 + BLOOM_DX);
                for (int x = x0; x < x1; x++) {
                    int wx = wxs[x - x0];
                    int b = (left * (256 - wx) + right * wx) >> 16;
                    lum[d + x] = current[o + x] + ((b * gain) >> 8);
                }
            }
        }
    }

    private static void blurH(int[] src, int[] dst, int w, int h) {
        int r = BLOOM_RADIUS;
        int span = 2 * r + 1;
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int sum = 0;
            for (int x = -r; x <= r; x++) {
                sum += src[o + clamp(x, w)];
            }
            for (int x = 0; x < w; x++) {
                dst[o + x] = sum / span;
                sum += src[o + clamp(x + r + 1, w)] - src[o + clamp(x - r, w)];
            }
        }
    }

    private static void blurV(int[] src, int[] dst, int w, int h) {
        int r = BLOOM_RADIUS;
        int span = 2 * r + 1;
        for (int x = 0; x < w; x++) {
            int sum = 0;
            for (int y = -r; y <= r; y++) {
                sum += src[clamp(y, h) * w + x];
            }
            for (int y = 0; y < h; y++) {
                dst[y * w + x] = sum / span;
                sum += src[clamp(y + r + 1, h) * w + x] - src[clamp(y - r, h) * w + x];
            }
        }
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : (v >= size ? size - 1 : v);
    }
}
