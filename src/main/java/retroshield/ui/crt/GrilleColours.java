package retroshield.ui.crt;

/**
 * The colour tables with the aperture grille's weights folded in, for the tube pass through the
 * grille ({@link TubePass#shadeMasked}): the grille repeats every 3 columns, so for each column
 * phase and colour one table maps a light level straight to its colour,
 * {@code lut[min(TOP, level * weight >> 8)]}, instead of a multiplication per colour and pixel.
 * Every level a pixel can reach ({@link #MAX_LEVEL}: the most light with the most noise at the
 * highest gain) has its entry, so the tube pass looks levels up without clamping them; the
 * tables reach further only when full overdrive needs a higher level with the smallest weight.
 * Segment {@code (phase * 3 + colour) * size} holds phase's table of colour (0 red, 1 green,
 * 2 blue); red's entries carry the opaque alpha. For light without aberration (the same level
 * in all three colours) {@link #grey} holds the three colours of a phase in one entry, so such a
 * pixel costs one look-up instead of three. Pure Java.
 */
final class GrilleColours {

    private static final int TOP = CrtComposer.LEVELS - 1;

    /** The highest level a pixel can reach: the most raster light and noise at the highest gain. */
    static final int MAX_LEVEL = ((SourceRaster.MAX_LIGHT + CrtComposer.MAX_NOISE) * TubeTables.MAX_GAIN) >> 8;

    static {
        if (MAX_LEVEL > 0x1FFF) {
            throw new ExceptionInInitializerError("level " + MAX_LEVEL + " does not fit the 13 bits of a lane");
        }
    }

    /** Highest level a table holds (at least {@link #MAX_LEVEL}). */
    final int cap;
    /** Entries per table ({@code cap + 1}). */
    final int size;
    final int[] table;
    /** Segment {@code phase * size}: the three colours of that phase for the same level, in one. */
    final int[] grey;

    /**
     * @param weights the grille's weights of columns 0, 1, 2 (x256) per colour: red, green, blue
     */
    GrilleColours(int[] lutR, int[] lutG, int[] lutB, int[] weightsRed, int[] weightsGreen, int[] weightsBlue) {
        // a picture narrower than 3 columns has fewer phases (the missing ones are never used)
        int phases = Math.min(3, weightsRed.length);
        int min = Integer.MAX_VALUE;
        for (int p = 0; p < phases; p++) {
            min = Math.min(min, Math.min(weightsRed[p], Math.min(weightsGreen[p], weightsBlue[p])));
        }
        // the smallest level whose product with the smallest weight reaches full overdrive
        int c = min <= 0 ? TOP * 256 : (TOP * 256 + min - 1) / min;
        cap = Math.max(MAX_LEVEL, Math.max(TOP, c));
        size = cap + 1;
        table = new int[9 * size];
        grey = new int[3 * size];
        int[][] luts = {lutR, lutG, lutB};
        int[][] weights = {weightsRed, weightsGreen, weightsBlue};
        for (int p = 0; p < phases; p++) {
            for (int colour = 0; colour < 3; colour++) {
                int o = (p * 3 + colour) * size;
                int w = weights[colour][p];
                int alpha = colour == 0 ? 0xFF000000 : 0;
                for (int level = 0; level <= cap; level++) {
                    table[o + level] = alpha | luts[colour][Math.min(TOP, (level * w) >> 8)];
                    grey[p * size + level] |= table[o + level];
                }
            }
        }
    }
}
