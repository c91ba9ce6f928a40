package retroshield.ui.crt;


/**
 * Builds the finished CRT picture at the target's device resolution in ONE pass over the glass
 * pixels: for each pixel it follows the barrel remap of {@link TubeTables} into the raster of
 * {@link SourceRaster} (shifted per row by the jitter and the horizontal-sync wobble), samples
 * the green light there and the red and blue light at the column's aberration shift (each with
 * a horizontal linear filter), adds the static noise from a precomputed table at a per-frame
 * offset, multiplies by the pixel's gain (beam profile, vignette, rim, rounded edge) and turns
 * the light into colour through per-channel tables (phosphor colour over the glass colour,
 * saturating towards white when overdriven). The bezel is copied in once per size; only glass
 * pixels are written per frame. The rows are split into two bands composed on two threads (the
 * calling thread and one worker). No JavaFX.
 */
final class CrtComposer implements AutoCloseable {

    /**
     * Light levels the colour tables cover (the gain can raise the raster's light about fourfold;
     * every level from {@code LEVELS - 1} up is full overdrive, the same colour).
     */
    static final int LEVELS = 1024;
    /** Entries of the noise table (a power of two). */
    static final int NOISE_SIZE = 1 << 18;
    /** Strongest static noise, in light levels. */
    static final int MAX_NOISE = 70;
    /** Whole-picture jitter at full strength, in raster pixels. */
    static final int MAX_JITTER = 1;
    /** Horizontal-sync wobble amplitude at full strength, in raster pixels (sub-pixel steps). */
    static final double MAX_WOBBLE = 5;

    private final int[] lutR = new int[LEVELS];
    private final int[] lutG = new int[LEVELS];
    private final int[] lutB = new int[LEVELS];
    /** The three tables in one, for light without aberration (the same level in each channel). */
    private final int[] lutGrey = new int[LEVELS];
    private final byte[] noise = new byte[NOISE_SIZE];
    private double noiseStrength = -1;
    private int lutPhosphor = -1;
    private int lutGlass = -1;
    private double lutBrightness = -1;
    private int[] rowShift = new int[0];
    /** The colour tables through the grille, for {@link #grilleTables} and these colours. */
    private GrilleColours grille;
    private TubeTables grilleTables;
    private boolean grilleStale = true;
    private TubeTables tables;
    private int[] bezelIn;
    /** The raster version whose reflection is on the bevel of {@link #bezelIn} (-1: none). */
    private long reflectedVersion = -1;
    private final LaneRaster lanes = new LaneRaster();
    private final RasterChanges changes = new RasterChanges();
    /** The blurred raster and colour last reflected on the bevel. */
    private int[] reflectedBlur = new int[0];
    private int reflectedRgb;
    /** Which halves of the ring (even rows, odd rows) do not show the latest blurred raster. */
    private final boolean[] ringStale = new boolean[2];
    /** The half of the ring refreshed last while the raster kept changing. */
    private int lastHalf;
    private final TubeRows tubeRows = new TubeRows();
    private final ComposeThreads threads;

    /** @param threads 1 or 2: how many threads compose a frame */
    CrtComposer(int threads) {
        this.threads = new ComposeThreads(threads);
    }

    /** The composing threads (also lent to the raster's bloom). */
    ComposeThreads threads() {
        return threads;
    }

    TubeTables tables(TubeTables.Key key) {
        if (tables == null || !tables.key.equals(key)) {
            tables = new TubeTables(key);
            bezelIn = null;
            rowShift = new int[key.height()];
            tubeRows.reset(key.width(), key.height());
        }
        return tables;
    }

    /**
     * Composes one picture into {@code out} (width*height opaque ARGB of the tables' size).
     *
     * @param raster  the drawn raster
     * @param key     the tables' key (rebuilt when it changes)
     * @param noiseAmount  0..1
     * @param jitterAmount 0..1 (jitter and horizontal-sync wobble)
     * @param frameNumber  picks the noise offset and the jitter of this frame
     * @param nanos   time, for the wobble's travel down the screen
     * @return true when the whole picture was written (the bezel too), false when only the glass
     */
    boolean compose(SourceRaster raster, TubeTables.Key key, int phosphorRgb, int glassRgb, double brightness,
                 double noiseAmount, double jitterAmount, long frameNumber, long nanos, int[] out) {
        TubeTables t = tables(key);
        boolean whole = bezelIn != out;
        if (whole) {
            System.arraycopy(t.bezel, 0, out, 0, out.length);
            bezelIn = out;
            reflectedVersion = -1;
        }
        colours(phosphorRgb, glassRgb, brightness);
        noiseTable(noiseAmount);
        if (t.maskRed != null && (grilleStale || grilleTables != t)) {
            grille = new GrilleColours(lutR, lutG, lutB, t.maskRed, t.maskGreen, t.maskBlue);
            grilleTables = t;
            grilleStale = false;
        }
        jitter(t, jitterAmount, frameNumber, nanos);
        long version = raster.version();
        int[] lum = raster.lum;
        int stride = raster.stride();
        changes.compare(lum, stride, version);
        // the packed samples the spans need, built only where the raster's lines changed
        int lanesNeeded = 0;
        int[] build = new int[TubeTables.MAX_ABERRATION + 1];
        boolean[] buildAll = new boolean[TubeTables.MAX_ABERRATION + 1];
        // (columns without aberration read the raster itself, with or without the grille)
        for (int d = 1; d <= TubeTables.MAX_ABERRATION; d++) {
            int plan = uses(t, d) ? lanes.plan(d, version, changes.before(), lum.length) : LaneRaster.CURRENT;
            if (plan != LaneRaster.CURRENT) {
                buildAll[lanesNeeded] = plan == LaneRaster.ALL || changes.all();
                build[lanesNeeded++] = d;
            }
        }
        int lanesJobs = lanesNeeded * LANE_JOBS;
        // the bevel's reflection changes only with the blurred raster (it is outside the glass);
        // while that keeps changing, one half of the ring (even or odd rows) is refreshed per
        // picture, and the half left behind as soon as it stops
        int[] blurred = raster.blurred();
        boolean refresh0 = whole;
        boolean refresh1 = whole;
        if (version != reflectedVersion && (reflectedVersion == -1 || phosphorRgb != reflectedRgb
                || !java.util.Arrays.equals(blurred, reflectedBlur))) {
            boolean all = reflectedVersion == -1 || phosphorRgb != reflectedRgb;
            reflectedBlur = blurred.clone();
            reflectedRgb = phosphorRgb;
            lastHalf ^= 1;
            ringStale[0] = true;
            ringStale[1] = true;
            refresh0 |= all || lastHalf == 0;
            refresh1 |= all || lastHalf == 1;
        } else {
            refresh0 |= ringStale[0];
            refresh1 |= ringStale[1];
        }
        reflectedVersion = version;
        ringStale[0] &= !refresh0;
        ringStale[1] &= !refresh1;
        int ringFrom = refresh0 ? 0 : t.ringSplit;
        int ringTo = refresh1 ? t.ringPixel.length : t.ringSplit;
        boolean reflect = ringFrom < ringTo;
        int rows = lum.length / stride;
        threads.run(lanesJobs + (reflect ? REFLECTION_JOBS : 0), j -> {
            if (j < lanesJobs) {
                int part = j % LANE_JOBS;
                int d = build[j / LANE_JOBS];
                int first = rows * part / LANE_JOBS;
                int last = rows * (part + 1) / LANE_JOBS;
                for (int r = first; r < last; r++) {
                    if (buildAll[j / LANE_JOBS] || changes.changed(r, r)) {
                        lanes.build(lum, d, r * stride, (r + 1) * stride);
                    }
                }
            } else {
                int part = j - lanesJobs;
                int n = ringTo - ringFrom;
                reflect(t, blurred, out, phosphorRgb, ringFrom + n * part / REFLECTION_JOBS,
                        ringFrom + n * (part + 1) / REFLECTION_JOBS);
            }
        });
        TubePass.Frame fr = new TubePass.Frame(t, lum, noise,
                noiseAmount > 0 ? (int) (mix(frameNumber) & (NOISE_SIZE - 1)) : -1, lutR, lutG, lutB, lutGrey);
        int h = key.height();
        threads.run((h + ROWS_PER_JOB - 1) / ROWS_PER_JOB, j -> {
            int from = j * ROWS_PER_JOB;
            tubeRows.band(fr, grille, lanes, changes, rowShift, version, out, from, Math.min(h, from + ROWS_PER_JOB));
        });
        return whole;
    }

    /** Device rows per piece of work the composing threads take in turn. */
    static final int ROWS_PER_JOB = 24;
    /** Pieces the bevel's reflection is split into. */
    static final int REFLECTION_JOBS = 4;
    /** Pieces each packed raster is built in. */
    static final int LANE_JOBS = 2;

    /** True when some glass column has aberration shift d or -d. */
    private static boolean uses(TubeTables t, int d) {
        for (int s : t.runShift) {
            if (Math.abs(s) == d) {
                return true;
            }
        }
        return false;
    }

    /** The picture's light mirrored on the bezel's inner bevel (over the static bezel). */
    private static void reflect(TubeTables t, int[] blurred, int[] out, int phosphorRgb, int from, int to) {
        int pr = (phosphorRgb >> 16) & 0xFF;
        int pg = (phosphorRgb >> 8) & 0xFF;
        int pb = phosphorRgb & 0xFF;
        int[] pix = t.ringPixel;
        int[] src = t.ringSource;
        int[] wt = t.ringWeight;
        int[] bezel = t.bezel;
        for (int j = from; j < to; j++) {
            int v = (blurred[src[j]] * wt[j]) >> 8;
            int i = pix[j];
            int b = bezel[i];
            int r = Math.min(255, ((b >> 16) & 0xFF) + ((pr * v) >> 8));
            int g = Math.min(255, ((b >> 8) & 0xFF) + ((pg * v) >> 8));
            int bl = Math.min(255, (b & 0xFF) + ((pb * v) >> 8));
            out[i] = 0xFF000000 | r << 16 | g << 8 | bl;
        }
    }

    private void jitter(TubeTables t, double amount, long frame, long nanos) {
        int h = t.key.height();
        if (amount <= 0) {
            java.util.Arrays.fill(rowShift, 0);
            return;
        }
        long hash = mix(frame * 31 + 7);
        // now and then (one frame in eight) the whole picture slips by up to a raster pixel
        double slip = (hash >>> 8) % 8 == 0 ? amount * MAX_JITTER * (((hash & 0xFF) / 255.0) * 2 - 1) : 0;
        // a wobble band travelling down the screen, once every ~3 s
        double glassTop = t.layout.glassY();
        double glassH = t.layout.glassH();
        double phase = (nanos / 1e9 / 3.0) % 1.0;
        double centre = glassTop + (phase * 1.4 - 0.2) * glassH;
        double width = glassH * 0.06;
        for (int y = 0; y < h; y++) {
            double dy = (y - centre) / width;
            double wobble = Math.exp(-dy * dy) * Math.sin(y * 0.06 + nanos / 6e7) * MAX_WOBBLE * amount;
            rowShift[y] = (int) Math.round((slip + wobble) * 256);
        }
    }

    private void colours(int phosphor, int glass, double brightness) {
        if (phosphor == lutPhosphor && glass == lutGlass && brightness == lutBrightness) {
            return;
        }
        lutPhosphor = phosphor;
        lutGlass = glass;
        lutBrightness = brightness;
        grilleStale = true;
        fill(lutR, (phosphor >> 16) & 0xFF, (glass >> 16) & 0xFF, 16, brightness);
        fill(lutG, (phosphor >> 8) & 0xFF, (glass >> 8) & 0xFF, 8, brightness);
        fill(lutB, phosphor & 0xFF, glass & 0xFF, 0, brightness);
        for (int i = 0; i < LEVELS; i++) {
            lutGrey[i] = 0xFF000000 | lutR[i] | lutG[i] | lutB[i];
        }
    }

    /** How far towards white fully overdriven phosphor goes (it keeps its hue). */
    static final double OVERDRIVE_WHITE = 0.22;

    /**
     * Glass colour plus phosphor colour times the light; past full light it whitens a little,
     * gradually and at most {@link #OVERDRIVE_WHITE} of the way, so the phosphor keeps its hue;
     * all of it times the flicker's brightness.
     */
    private static void fill(int[] lut, int phosphor, int glass, int shift, double brightness) {
        for (int level = 0; level < LEVELS; level++) {
            double v = glass + phosphor * Math.min(level, 255) / 255.0;
            if (level > 255) {
                double over = Math.min(1, (level - 255) / 768.0);
                v += (255 - v) * OVERDRIVE_WHITE * over;
            }
            lut[level] = (int) Math.round(Math.min(255, Math.round(v)) * brightness) << shift;
        }
    }

    private void noiseTable(double amount) {
        if (amount == noiseStrength) {
            return;
        }
        noiseStrength = amount;
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EED);
        for (int i = 0; i < NOISE_SIZE; i++) {
            double u = random.nextDouble();
            noise[i] = (byte) Math.round(amount * MAX_NOISE * u * u * u);
        }
    }

    static long mix(long x) {
        long h = x * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h & Long.MAX_VALUE;
    }

    @Override
    public void close() {
        threads.close();
    }
}
