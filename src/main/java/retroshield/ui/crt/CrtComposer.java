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
    private final LaneRaster lanes = new LaneRaster();
    private final RasterChanges changes = new RasterChanges();
    /** What the bevel should reflect now: a new object whenever the blurred raster or the colour changes. */
    private Reflection reflection;
    /** The raster version {@link #reflection} was last checked against. */
    private long reflectionVersion = -1;
    /**
     * What each output buffer composed into holds (the views' images in turn; arrays compare by
     * identity, and a buffer no longer used is forgotten with it).
     */
    private final java.util.WeakHashMap<int[], Output> outputs = new java.util.WeakHashMap<>();
    private int[] lastOut;
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
        Output target = outputs.get(out);
        if (target == null) {
            target = new Output();
            outputs.put(out, target);
        }
        boolean whole = target.tables != t;
        if (whole) {
            System.arraycopy(t.bezel, 0, out, 0, out.length);
            target.tables = t;
            target.halves[0] = null;
            target.halves[1] = null;
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
        // while that keeps changing in the same buffer, one half of the ring (even or odd rows)
        // is refreshed per picture, and the half left behind as soon as it stops
        int[] blurred = raster.blurred();
        boolean fresh = false;
        if (reflection == null || reflection.rgb != phosphorRgb
                || version != reflectionVersion && !java.util.Arrays.equals(blurred, reflection.blur)) {
            reflection = new Reflection(blurred.clone(), phosphorRgb);
            fresh = true;
        }
        reflectionVersion = version;
        Reflection now = reflection;
        boolean refresh0 = target.halves[0] != now;
        boolean refresh1 = target.halves[1] != now;
        if (refresh0 && refresh1 && fresh && out == lastOut && target.halves[0] != null
                && target.halves[1] != null && target.halves[0].rgb == now.rgb && target.halves[1].rgb == now.rgb) {
            target.lastHalf ^= 1;
            refresh0 = target.lastHalf == 0;
            refresh1 = !refresh0;
        }
        if (refresh0) {
            target.halves[0] = now;
        }
        if (refresh1) {
            target.halves[1] = now;
        }
        lastOut = out;
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
                reflect(t, now.blur(), out, phosphorRgb, ringFrom + n * part / REFLECTION_JOBS,
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

    /** A blurred raster and the colour its reflection takes (compared by identity). */
    private record Reflection(int[] blur, int rgb) {
    }

    /** What one output buffer holds outside the glass. */
    private static final class Output {
        /** The tables whose bezel it holds (null: none yet). */
        TubeTables tables;
        /** The reflection each half of its bevel ring shows (even rows, odd rows). */
        final Reflection[] halves = new Reflection[2];
        /** The half refreshed last while the picture kept changing. */
        int lastHalf;
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
