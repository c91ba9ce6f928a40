package retroshield.ui.crt;

/**
 * The CRT effects that work on the picture itself, at the terminal's own resolution (one pixel
 * per glyph pixel), as plain Java loops over int buffers: phosphor persistence, glow (bloom) and
 * the colouring of the monochrome intensity with chromatic aberration. The effects that work at
 * the window's resolution (scanlines, vignette, curvature, flicker) are in {@link CrtOverlay}
 * and {@link CrtRenderer}. No JavaFX.
 */
public final class EffectPasses {

    /** Glow works on a copy this many times smaller in each direction. */
    public static final int GLOW_DOWNSCALE = 4;
    /** Radius of each of the two box blurs of the glow copy (in downscaled pixels). */
    public static final int GLOW_RADIUS = 2;
    /** Largest horizontal shift of the red and blue copies, in glyph pixels. */
    public static final int MAX_CHROMA_SHIFT = 2;
    /** Frame period the persistence strength refers to. */
    private static final double NOMINAL_FRAME_SECONDS = 1.0 / 60;

    private EffectPasses() {
    }

    /**
     * Phosphor persistence: each pixel keeps the brighter of its new value and its previous,
     * faded value. {@code previous} carries the faded picture from frame to frame.
     *
     * @param strength 0..1; how much of the previous picture is left after 1/60 s
     * @param seconds  time since the previous frame
     * @return the brightest residual still fading (0 when nothing is left to animate)
     */
    public static int persistence(int[] intensity, float[] previous, double strength, double seconds) {
        double keep = strength <= 0 ? 0 : Math.pow(strength * 0.85,
                Math.max(seconds, 0.001) / NOMINAL_FRAME_SECONDS);
        float k = (float) keep;
        int residual = 0;
        for (int i = 0; i < intensity.length; i++) {
            float faded = previous[i] * k;
            int now = intensity[i];
            if (faded > now) {
                int f = (int) faded;
                intensity[i] = f;
                previous[i] = faded;
                if (f - now > residual) {
                    residual = f - now;
                }
            } else {
                previous[i] = now;
            }
        }
        return residual < 2 ? 0 : residual;
    }

    /**
     * Glow: a blurred copy of the intensity, computed on a downscaled copy and scaled back up
     * with bilinear filtering.
     *
     * @param out width*height ints receiving the blurred intensity (0..255)
     */
    public static void glow(int[] intensity, int width, int height, int[] out) {
        int sw = (width + GLOW_DOWNSCALE - 1) / GLOW_DOWNSCALE;
        int sh = (height + GLOW_DOWNSCALE - 1) / GLOW_DOWNSCALE;
        int[] small = downscale(intensity, width, height, sw, sh);
        int[] tmp = new int[small.length];
        for (int pass = 0; pass < 2; pass++) {
            blurHorizontal(small, tmp, sw, sh, GLOW_RADIUS);
            blurVertical(tmp, small, sw, sh, GLOW_RADIUS);
        }
        upscale(small, sw, sh, out, width, height);
    }

    private static int[] downscale(int[] src, int width, int height, int sw, int sh) {
        int[] small = new int[sw * sh];
        int[] count = new int[sw * sh];
        for (int y = 0; y < height; y++) {
            int row = (y / GLOW_DOWNSCALE) * sw;
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int i = row + x / GLOW_DOWNSCALE;
                small[i] += src[o + x];
                count[i]++;
            }
        }
        for (int i = 0; i < small.length; i++) {
            small[i] /= count[i];
        }
        return small;
    }

    private static void blurHorizontal(int[] src, int[] dst, int w, int h, int r) {
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

    private static void blurVertical(int[] src, int[] dst, int w, int h, int r) {
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

    private static void upscale(int[] small, int sw, int sh, int[] out, int width, int height) {
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        int[] wx = new int[width];
        for (int x = 0; x < width; x++) {
            double fx = (x + 0.5) / GLOW_DOWNSCALE - 0.5;
            x0[x] = clamp((int) Math.floor(fx), sw);
            x1[x] = clamp(x0[x] + 1, sw);
            wx[x] = fx < 0 ? 0 : (int) ((fx - Math.floor(fx)) * 256);
        }
        int[] row = new int[sw];
        for (int y = 0; y < height; y++) {
            double fy = (y + 0.5) / GLOW_DOWNSCALE - 0.5;
            int y0 = clamp((int) Math.floor(fy), sh);
            int y1 = clamp(y0 + 1, sh);
            int wy = fy < 0 ? 0 : (int) ((fy - Math.floor(fy)) * 256);
            int r0 = y0 * sw;
            int r1 = y1 * sw;
            for (int x = 0; x < sw; x++) {
                row[x] = small[r0 + x] * (256 - wy) + small[r1 + x] * wy;
            }
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int w = wx[x];
                out[o + x] = (row[x0[x]] * (256 - w) + row[x1[x]] * w) >> 16;
            }
        }
    }

    /** Horizontal shift of the red and blue copies for a chromatic aberration strength. */
    public static int chromaShift(double strength) {
        if (strength <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round(strength * MAX_CHROMA_SHIFT));
    }

    /**
     * Colours the monochrome picture: lit pixels take the phosphor colour over the colour of
     * the unlit glass; the glow is added on top; with chromatic aberration the red channel is
     * taken {@code shift} pixels to the left and the blue channel {@code shift} pixels to the
     * right of the green one.
     *
     * @param glow       blurred intensity, or null for no glow
     * @param glowAmount 0..1
     * @param argb       width*height opaque ARGB pixels, overwritten
     */
    public static void colorize(int[] intensity, int[] glow, double glowAmount, int shift,
                                PhosphorColor color, int width, int height, int[] argb) {
        int g256 = glow == null ? 0 : (int) Math.round(glowAmount * 1.6 * 256);
        int maxLevel = 255 + ((255 * g256) >> 8) + 1;
        int[] lutR = channelTable(color.rgb(), color.backgroundRgb(), 16, maxLevel);
        int[] lutG = channelTable(color.rgb(), color.backgroundRgb(), 8, maxLevel);
        int[] lutB = channelTable(color.rgb(), color.backgroundRgb(), 0, maxLevel);
        for (int y = 0; y < height; y++) {
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int i = o + x;
                int ig = intensity[i];
                int ir = shift == 0 ? ig : (x - shift >= 0 ? intensity[i - shift] : 0);
                int ib = shift == 0 ? ig : (x + shift < width ? intensity[i + shift] : 0);
                int halo = g256 == 0 ? 0 : (glow[i] * g256) >> 8;
                argb[i] = 0xFF000000 | lutR[ir + halo] | lutG[ig + halo] | lutB[ib + halo];
            }
        }
    }

    /**
     * For each light level 0..size-1, the value of one channel (glass colour plus phosphor
     * colour times the level, saturating at 255), already shifted into its place in an ARGB int.
     */
    private static int[] channelTable(int phosphorRgb, int glassRgb, int bitShift, int size) {
        int c = (phosphorRgb >> bitShift) & 0xFF;
        int b = (glassRgb >> bitShift) & 0xFF;
        int[] table = new int[size];
        for (int level = 0; level < size; level++) {
            table[level] = Math.min(255, b + c * level / 255) << bitShift;
        }
        return table;
    }
}
