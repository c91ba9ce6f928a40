package retroshield.ui.crt;

import retroshield.terminal.TerminalFrame;

/** The plain text of a selection on a frame: rows joined with '\n', trailing spaces removed. */
public final class SelectionText {

    private SelectionText() {
    }

    public static String of(TerminalFrame frame, TextSelection selection) {
        TextSelection s = selection.normalized();
        StringBuilder out = new StringBuilder();
        for (int row = Math.max(0, s.row0()); row <= Math.min(frame.rows() - 1, s.row1()); row++) {
            int from = row == s.row0() ? s.column0() : 0;
            int to = row == s.row1() ? s.column1() : frame.columns() - 1;
            StringBuilder line = new StringBuilder();
            for (int col = Math.max(0, from); col <= Math.min(frame.columns() - 1, to); col++) {
                line.appendCodePoint(frame.codepointAt(col, row));
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            if (row > s.row0()) {
                out.append('\n');
            }
            out.append(line, 0, end);
        }
        return out.toString();
    }
}
