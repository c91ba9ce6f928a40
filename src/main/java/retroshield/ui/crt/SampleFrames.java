package retroshield.ui.crt;

import java.util.Arrays;
import java.util.List;
import retroshield.terminal.TerminalFrame;

/** Builds terminal frames from plain lines: for the benchmark, the tests and the empty screen. */
public final class SampleFrames {

    private SampleFrames() {
    }

    /**
     * A frame showing the given lines from the top left, cursor after the last line's text.
     */
    public static TerminalFrame of(int columns, int rows, List<String> lines, long version) {
        int[] cps = new int[columns * rows];
        Arrays.fill(cps, ' ');
        byte[] attrs = new byte[columns * rows];
        int lastRow = 0;
        int lastCol = 0;
        for (int r = 0; r < Math.min(rows, lines.size()); r++) {
            String line = lines.get(r);
            int c = 0;
            for (int i = 0; i < line.length() && c < columns; i++, c++) {
                cps[r * columns + c] = line.charAt(i);
            }
            lastRow = r;
            lastCol = Math.min(c, columns - 1);
        }
        return new TerminalFrame(columns, rows, cps, attrs, lastCol, lastRow, true, 0, 0, version);
    }

    /** A screen full of text, as a busy session would show (for benchmarks). */
    public static TerminalFrame busy(int columns, int rows, long version) {
        String[] words = {"MINT", "> ", "1 2 + .", "3", ":A 10(`*`);", "RetroShield Z80", "OK",
            "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "#$%&*+-/<=>?@"};
        String[] lines = new String[rows];
        for (int r = 0; r < rows; r++) {
            StringBuilder sb = new StringBuilder();
            int k = (int) (r + version);
            while (sb.length() < columns - 8) {
                sb.append(words[Math.floorMod(k++, words.length)]).append(' ');
            }
            lines[r] = sb.toString();
        }
        return of(columns, rows, List.of(lines), version);
    }
}
