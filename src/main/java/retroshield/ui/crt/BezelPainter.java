package retroshield.ui.crt;

/**
 * Paints the monitor's bezel around the glass into an ARGB buffer: dark plastic lit a little from
 * above, an inner bevel sloping down to the glass that catches a faint reflection of the
 * phosphor's colour, a thin shadow where the bevel meets the glass, and a darker outer rim. The
 * glass pixels themselves are left for {@link CrtComposer}. Pure Java; no JavaFX.
 */
final class BezelPainter {

    /** Plastic brightness at the top and the bottom of the bezel. */
    private static final double TOP = 40;
    private static final double BOTTOM = 20;
    /** Strength of the phosphor's reflection on the inner bevel. */
    static final double REFLECTION = 0.06;

    private BezelPainter() {
    }

    static void paint(TubeLayout t, int phosphorRgb, int[] out) {
        int w = t.width();
        int h = t.height();
        double bevel = Math.max(3, Math.min(w, h) * TubeLayout.MIN_BEZEL * 0.55);
        double pr = (phosphorRgb >> 16) & 0xFF;
        double pg = (phosphorRgb >> 8) & 0xFF;
        double pb = phosphorRgb & 0xFF;
        for (int y = 0; y < h; y++) {
            double plastic = TOP + (BOTTOM - TOP) * (y + 0.5) / h;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                double d = t.glassDistance(x + 0.5, y + 0.5);
                if (d < -1) {
                    out[o + x] = 0xFF000000;
                    continue;
                }
                double level = plastic;
                double reflect = 0;
                if (d < bevel) {
                    double s = Math.max(0, d) / bevel;
                    // the bevel faces the viewer less near the glass: darker towards it
                    level = plastic * (0.55 + 0.55 * s);
                    reflect = REFLECTION * (1 - s) * (1 - s);
                }
                // shadow of the bevel's edge on the glass side
                if (d < 1.5) {
                    level *= 0.5 + 0.5 * Math.max(0, Math.min(1, d / 1.5));
                }
                double edge = Math.min(Math.min(x + 0.5, w - x - 0.5), Math.min(y + 0.5, h - y - 0.5));
                if (edge < 6) {
                    level *= 0.6 + 0.4 * edge / 6;
                }
                int r = clamp(level + reflect * pr);
                int g = clamp(level + reflect * pg);
                int b = clamp(level * 1.02 + reflect * pb);
                out[o + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
