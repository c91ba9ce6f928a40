package retroshield.ui.crt;

/**
 * A run of selected cells in view coordinates, from (column0,row0) to (column1,row1) inclusive,
 * in reading order (the ends may be given in either order).
 */
public record TextSelection(int column0, int row0, int column1, int row1) {

    /** The start (first in reading order). */
    public TextSelection normalized() {
        if (row0 < row1 || (row0 == row1 && column0 <= column1)) {
            return this;
        }
        return new TextSelection(column1, row1, column0, row0);
    }

    public boolean contains(int column, int row) {
        TextSelection n = normalized();
        if (row < n.row0 || row > n.row1) {
            return false;
        }
        if (row == n.row0 && column < n.column0) {
            return false;
        }
        return row != n.row1 || column <= n.column1;
    }
}
