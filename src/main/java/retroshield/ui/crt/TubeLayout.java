package retroshield.ui.crt;

/**
 * Where the parts of the monitor go in a target of a given size (device pixels): the bezel fills
 * the whole target, the glass is the largest rectangle of the tube's aspect (4:3, as on a
 * VT220, whatever the terminal's size: its raster is stretched to the tube like the real one)
 * that leaves a bezel of at least {@link #MIN_BEZEL} of the shorter side, and the picture is the
 * glass less a small overscan border. Pure arithmetic; no JavaFX.
 *
 * @param width      target width
 * @param height     target height
 * @param glassX     left edge of the glass
 * @param glassY     top edge of the glass
 * @param glassW     glass width
 * @param glassH     glass height
 * @param cornerRadius radius of the glass's rounded corners
 */
public record TubeLayout(int width, int height, double glassX, double glassY, double glassW, double glassH,
                         double cornerRadius) {

    /** Width of the tube's face (glass) to its height. */
    public static final double ASPECT = 4.0 / 3.0;
    /** Thinnest bezel, as a share of the target's shorter side. */
    public static final double MIN_BEZEL = 0.045;
    /** Share of the glass (each side) where the raster is not drawn (overscan border). */
    public static final double BORDER = 0.035;

    public static TubeLayout of(int width, int height, double curvature) {
        double bezel = Math.max(6, Math.min(width, height) * MIN_BEZEL);
        double aw = Math.max(8, width - 2 * bezel);
        double ah = Math.max(6, height - 2 * bezel);
        double gw = Math.min(aw, ah * ASPECT);
        double gh = gw / ASPECT;
        double radius = gh * (0.035 + 0.045 * curvature);
        return new TubeLayout(width, height, (width - gw) / 2, (height - gh) / 2, gw, gh, radius);
    }

    /** Left edge of the undistorted picture (the raster without curvature). */
    public double pictureX() {
        return glassX + glassW * BORDER;
    }

    public double pictureY() {
        return glassY + glassH * BORDER;
    }

    public double pictureW() {
        return glassW * (1 - 2 * BORDER);
    }

    public double pictureH() {
        return glassH * (1 - 2 * BORDER);
    }

    /**
     * Signed distance (pixels) of a point from the edge of the rounded glass: negative inside.
     */
    public double glassDistance(double x, double y) {
        double cx = glassX + glassW / 2;
        double cy = glassY + glassH / 2;
        double qx = Math.abs(x - cx) - (glassW / 2 - cornerRadius);
        double qy = Math.abs(y - cy) - (glassH / 2 - cornerRadius);
        double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
        return outside + Math.min(Math.max(qx, qy), 0) - cornerRadius;
    }
}
