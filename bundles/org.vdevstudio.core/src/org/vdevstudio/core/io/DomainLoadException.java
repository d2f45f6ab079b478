package org.vdevstudio.core.io;

import java.io.IOException;

/** A document that cannot be loaded, with where and why, in one line a user can act on. */
public class DomainLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    public DomainLoadException(String source, int line, int column, String reason, Throwable cause) {
        super(format(source, line, column, reason), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String source, int line, int column, String reason) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }

    /** The file name or other label of the document. */
    public String getSource() {
        return source;
    }

    /** 1-based line, or 0 when the error is about the whole document. */
    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** The reason without the location. */
    public String getReason() {
        return reason;
    }
}
