package retroshield.ui.crt;

/**
 * The darkening overlay laid over the picture at the window's device resolution: scanlines,
 * vignette and the rounded mask of a curved screen, combined into one image of black pixels
 * whose alpha says how much of the picture below is hidden. It depends only on the size and the
 * settings, so it is computed once per size and reused for every frame. Scanlines are whole
 * device pixels with an integer period, so they stay even at any size and HiDPI scale.
 * Pure Java; {@link CrtRenderer} turns the pixels into an image.
 */
public final class CrtOverlay {

    /** Darkest a scanline gets at full strength (alpha 0..1). */
    public static final double SCANLINE_DEPTH = 0.8;
    /** Darkest the corners get at full vignette strength. */
    public static final double VIGNETTE_DEPTH = 0.9;

    private CrtOverlay() {
    }

    /**
     * The scanline period in device pixels: one dark line per picture line when a picture line
     * covers at least two device pixels, never less than two.
     */
    public static int scanlinePeriod(double devicePixelsPerPictureLine) {
        return Math.max(2, (int) Math.round(devicePixelsPerPictureLine));
    }

    /**
     * Alpha (0..1) of the scanline pattern in one device row.
     *
     * @param y      device row
     * @param period from {@link #scanlinePeriod}
     */
    public static double scanlineAlpha(int y, int period, double strength) {
        int phase = Math.floorMod(y, period);
        if (phase == period - 1) {
            return strength * SCANLINE_DEPTH;
        }
        if (period >= 4 && (phase == period - 2 || phase == 0)) {
            return strength * SCANLINE_DEPTH * 0.35;
        }
        return 0;
    }

    /**
     * The overlay pixels (ARGB, black with alpha).
     *
     * @param width     device pixels
     * @param height    device pixels
     * @param originY   device row where the picture starts (scanlines are aligned to it)
     * @param period    scanline period in device pixels
     * @param scanlines strength 0..1 (0 = none)
     * @param vignette  strength 0..1
     * @param curvature strength 0..1; rounds the corners of the screen
     */
    public static int[] compute(int width, int height, int originY, int period,
                                double scanlines, double vignette, double curvature) {
        int[] out = new int[width * height];
        double[] vx = new double[width];
        double[] ex = new double[width];
        double exponent = 6 + (1 - curvature) * 40;
        for (int x = 0; x < width; x++) {
            double dx = (x + 0.5) / width * 2 - 1;
            vx[x] = dx * dx;
            ex[x] = Math.pow(Math.abs(dx) * (1 + 0.012 * curvature), exponent);
        }
        for (int y = 0; y < height; y++) {
            double dy = (y + 0.5) / height * 2 - 1;
            double vy = dy * dy;
            double ey = Math.pow(Math.abs(dy) * (1 + 0.02 * curvature), exponent);
            double scan = scanlines > 0 ? scanlineAlpha(y - originY, period, scanlines) : 0;
            int o = y * width;
            for (int x = 0; x < width; x++) {
                double keep = 1 - scan;
                if (vignette > 0) {
                    double d = Math.sqrt((vx[x] + vy) * 0.5);
                    keep *= 1 - vignette * VIGNETTE_DEPTH * smoothstep(0.35, 1.05, d);
                }
                if (curvature > 0) {
                    double edge = ex[x] + ey;
                    keep *= 1 - smoothstep(0.75, 1.0, edge);
                }
                int a = (int) Math.round((1 - keep) * 255);
                out[o + x] = a << 24;
            }
        }
        return out;
    }

    private static double smoothstep(double edge0, double edge1, double v) {
        double t = Math.max(0, Math.min(1, (v - edge0) / (edge1 - edge0)));
        return t * t * (3 - 2 * t);
    }
}
