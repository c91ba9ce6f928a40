package retroshield.ui.crt;

/**
 * The raster's light packed three samples to a long, so that the tube pass filters and scales
 * the red, green and blue samples of a pixel with one multiplication each instead of three: for
 * an aberration shift {@code d}, entry {@code i} of {@link #lanes(int) lanes(d)} holds
 * {@code lum[i - d]} (bits 0-20), {@code lum[i]} (bits 21-41) and {@code lum[i + d]} (bits 42-62).
 * A lane holds up to 2^21 - 1, enough for a sample (at most {@value #MAX_SAMPLE}) times 256 for
 * the horizontal filter, or a sample plus noise times a pixel's gain (at most 1023); after each
 * product the lanes are shifted down 8 bits and cut to 13 bits again ({@link #LOW13}), so each
 * lane computes exactly what the same integer arithmetic on the single sample would. A shift
 * {@code -d} is {@code lanes(d)} with the outer lanes read the other way round. Rebuilt only when
 * lines of the raster changed ({@link RasterChanges}). Pure Java.
 */
final class LaneRaster {

    static final int LANE_BITS = 21;
    /**
     * Largest sample a lane can take: a raster's light never comes near it
     * ({@link SourceRaster#MAX_LIGHT}), so samples are packed as they are.
     */
    static final int MAX_SAMPLE = 1023;

    static {
        if (SourceRaster.MAX_LIGHT > MAX_SAMPLE) {
            throw new ExceptionInInitializerError("raster light up to " + SourceRaster.MAX_LIGHT
                    + " does not fit a lane (at most " + MAX_SAMPLE + ")");
        }
    }
    /** The low 13 bits of each lane. */
    static final long LOW13 = 0x1FFFL | 0x1FFFL << LANE_BITS | 0x1FFFL << 2 * LANE_BITS;
    /** 1 in each lane (times a value adds it to every lane). */
    static final long ONES = 1L | 1L << LANE_BITS | 1L << 2 * LANE_BITS;

    private final long[][] lanes = new long[TubeTables.MAX_ABERRATION + 1][];
    private final long[] builtVersion = new long[TubeTables.MAX_ABERRATION + 1];

    LaneRaster() {
        java.util.Arrays.fill(builtVersion, -1);
    }

    /** The packed samples for shift d (0..MAX_ABERRATION), as last built. */
    long[] lanes(int d) {
        return lanes[d];
    }

    /** Nothing to build: lanes(d) is up to date. */
    static final int CURRENT = 0;
    /** Only the lines that changed since {@code before} need building. */
    static final int CHANGED = 1;
    /** Every entry must be built. */
    static final int ALL = 2;

    /**
     * What must be built of lanes(d) for raster {@code version}, when the lines that changed since
     * version {@code before} are known (then it is marked built).
     */
    int plan(int d, long version, long before, int size) {
        if (lanes[d] == null || lanes[d].length != size) {
            lanes[d] = new long[size];
            builtVersion[d] = -1;
        }
        long built = builtVersion[d];
        builtVersion[d] = version;
        return built == version ? CURRENT : built == before && built >= 0 ? CHANGED : ALL;
    }

    /** Builds entries [from, to) of lanes(d) from the raster's light. */
    void build(int[] lum, int d, int from, int to) {
        long[] p = lanes[d];
        int n = lum.length;
        // inside [inner, outer) both neighbours exist: no bounds tests in the loop
        int inner = Math.min(to, Math.max(from, d));
        int outer = Math.max(inner, Math.min(to, n - d));
        edges(lum, p, d, from, inner);
        for (int i = inner; i < outer; i++) {
            long left = lum[i - d];
            long mid = lum[i];
            long right = lum[i + d];
            p[i] = left | mid << LANE_BITS | right << 2 * LANE_BITS;
        }
        edges(lum, p, d, outer, to);
    }

    private static void edges(int[] lum, long[] p, int d, int from, int to) {
        int n = lum.length;
        for (int i = from; i < to; i++) {
            long left = i - d >= 0 ? lum[i - d] : 0;
            long mid = lum[i];
            long right = i + d < n ? lum[i + d] : 0;
            p[i] = left | mid << LANE_BITS | right << 2 * LANE_BITS;
        }
    }
}
