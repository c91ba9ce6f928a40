package retroshield.ui;

import java.util.ArrayList;
import java.util.List;
import retroshield.ui.crt.CrtSettings;

/**
 * Everything the desktop app remembers between runs; saved as JSON by {@link SettingsStore}.
 * Missing or out-of-range values (an older or hand-edited file) fall back to the defaults.
 *
 * @param crt          the CRT look
 * @param font         {@link #FONT_DOT_MATRIX}, {@link #FONT_GLASS_TTY} or the path of a TrueType file
 * @param speed        clock preset: "mega", "4mhz" or "unlimited"
 * @param columns      terminal columns: 80 or 40
 * @param rows         terminal rows: 24 or 25
 * @param lastRom      path of the ROM (image or metadata) used last, or null
 * @param recentRoms   most recent first, at most {@link #MAX_RECENT}
 * @param windowWidth  last window size
 * @param windowHeight last window size
 * @param userCrt      the user's own saved CRT profile, or null
 */
public record AppSettings(
        CrtSettings crt,
        String font,
        String speed,
        int columns,
        int rows,
        String lastRom,
        List<String> recentRoms,
        double windowWidth,
        double windowHeight,
        CrtSettings userCrt) {

    public static final String FONT_DOT_MATRIX = "dot-matrix";
    public static final String FONT_GLASS_TTY = "glass-tty";
    public static final int MAX_RECENT = 8;

    public AppSettings {
        crt = crt == null ? CrtSettings.defaults() : crt;
        font = font == null || font.isBlank() || font.indexOf('\0') >= 0 ? FONT_DOT_MATRIX : font;
        speed = SpeedPreset.byKey(speed).key();   // unknown or missing: the 4 MHz preset
        columns = columns == 40 ? 40 : 80;
        rows = rows == 25 ? 25 : 24;
        recentRoms = recentRoms == null ? List.of() : List.copyOf(recentRoms.stream()
                .filter(s -> s != null && !s.isBlank()).limit(MAX_RECENT).toList());
        windowWidth = windowWidth >= 320 && windowWidth <= 20000 ? windowWidth : 1100;
        windowHeight = windowHeight >= 240 && windowHeight <= 20000 ? windowHeight : 760;
    }

    public static AppSettings defaults() {
        return new AppSettings(CrtSettings.defaults(), FONT_DOT_MATRIX, "4mhz", 80, 24, null, List.of(), 0, 0, null);
    }

    public AppSettings withCrt(CrtSettings value) {
        return new AppSettings(value, font, speed, columns, rows, lastRom, recentRoms, windowWidth, windowHeight, userCrt);
    }

    public AppSettings withFont(String value) {
        return new AppSettings(crt, value, speed, columns, rows, lastRom, recentRoms, windowWidth, windowHeight, userCrt);
    }

    public AppSettings withSpeed(String value) {
        return new AppSettings(crt, font, value, columns, rows, lastRom, recentRoms, windowWidth, windowHeight, userCrt);
    }

    public AppSettings withSize(int cols, int lines) {
        return new AppSettings(crt, font, speed, cols, lines, lastRom, recentRoms, windowWidth, windowHeight, userCrt);
    }

    public AppSettings withWindow(double width, double height) {
        return new AppSettings(crt, font, speed, columns, rows, lastRom, recentRoms, width, height, userCrt);
    }

    /** Remembers a ROM as the last one used and at the top of the recent list. */
    public AppSettings withRomUsed(String path) {
        List<String> recent = new ArrayList<>();
        recent.add(path);
        recentRoms.stream().filter(p -> !p.equals(path)).forEach(recent::add);
        return new AppSettings(crt, font, speed, columns, rows, path,
                recent.subList(0, Math.min(MAX_RECENT, recent.size())), windowWidth, windowHeight, userCrt);
    }

    public AppSettings withUserCrt(CrtSettings value) {
        return new AppSettings(crt, font, speed, columns, rows, lastRom, recentRoms, windowWidth, windowHeight, value);
    }
}
