package org.vdevstudio.bench;

import java.io.OutputStream;

/** Discards what lspci prints: it is read to the end, as a user's terminal would. */
final class OutputStreamSink extends OutputStream {

    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {
        // discarded on purpose
    }

    @Override
    public void write(byte[] b, int off, int len) {
        // discarded on purpose
    }
}
