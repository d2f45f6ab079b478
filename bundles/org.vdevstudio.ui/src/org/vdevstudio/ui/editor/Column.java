package org.vdevstudio.ui.editor;

import java.util.function.Function;

/** A table column: its header, its width in characters, and the cell text of a row. */
public record Column<T>(String title, int widthChars, Function<Row<T>, String> text) {

    /** The cell text, "" for none. */
    public String textOf(Row<T> row) {
        String s = text.apply(row);
        return s == null ? "" : s;
    }
}
