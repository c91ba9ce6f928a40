package retroshield.ui.crt;

/**
 * The tube's barrel distortion as a function of a point, the same formula the per-size remap
 * table of {@link TubeTables} is built from: a point of the glass shows the raster at
 * {@code s = p (1 + k r^2) / (1 + k)}, p and s normalised to -1..1 over the undistorted
 * picture, k = {@link TubeTables#MAX_BARREL} times the curvature. Used to find the character
 * under the mouse where it is seen, and (inverted by Newton's method) where a raster point
 * appears. Pure arithmetic; works in any units (logical or device pixels).
 */
public final class BarrelMap {

    private BarrelMap() {
    }

    /**
     * The point of the undistorted picture (0..1 each way, outside that range when the point is
     * off the picture) that a point of the target shows.
     */
    public static double[] pictureAt(TubeLayout t, double curvature, double x, double y) {
        double k = TubeTables.MAX_BARREL * curvature;
        double hx = t.pictureW() / 2;
        double hy = t.pictureH() / 2;
        double nx = (x - (t.pictureX() + hx)) / hx;
        double ny = (y - (t.pictureY() + hy)) / hy;
        double f = (1 + k * (nx * nx + ny * ny)) / (1 + k);
        return new double[] {(nx * f + 1) / 2, (ny * f + 1) / 2};
    }

    /** Where on the target a point of the undistorted picture (0..1 each way) is seen. */
    public static double[] targetOf(TubeLayout t, double curvature, double u, double v) {
        double k = TubeTables.MAX_BARREL * curvature;
        double sx = u * 2 - 1;
        double sy = v * 2 - 1;
        // solve s = p (1 + k |p|^2) / (1 + k) along the ray of s: |p| = q with q (1 + k q^2) = |s| (1 + k)
        double sr = Math.hypot(sx, sy);
        double q = sr;
        for (int i = 0; i < 20 && k > 0; i++) {
            double g = q * (1 + k * q * q) - sr * (1 + k);
            q -= g / (1 + 3 * k * q * q);
        }
        double scale = sr == 0 ? 1 + k : q / sr;
        double hx = t.pictureW() / 2;
        double hy = t.pictureH() / 2;
        return new double[] {t.pictureX() + hx + sx * scale * hx, t.pictureY() + hy + sy * scale * hy};
    }

    /** The cell (column,row) seen at a point of the target, clamped to the screen. */
    public static int[] cellAt(TubeLayout t, double curvature, double x, double y, int columns, int rows) {
        double[] p = pictureAt(t, curvature, x, y);
        int col = (int) Math.floor(p[0] * columns);
        int row = (int) Math.floor(p[1] * rows);
        return new int[] {Math.max(0, Math.min(columns - 1, col)), Math.max(0, Math.min(rows - 1, row))};
    }
}
