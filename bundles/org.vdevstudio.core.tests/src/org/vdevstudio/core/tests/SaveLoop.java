package org.vdevstudio.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.vdevstudio.core.io.AtomicFile;

/**
 * The process {@link KilledSaveTest} kills: saves two known contents in turn to one file with the
 * real {@link AtomicFile}, until it is killed. Runs outside OSGi, on a class path of this class's
 * and AtomicFile's locations, so it may use nothing but the JDK and AtomicFile.
 */
public final class SaveLoop {

    /** Printed once the process is up, just before the first save. */
    static final String READY = "saving";

    /** A safety net in case the test that started us died without killing us. */
    private static final long GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(2);

    private SaveLoop() {
    }

    /**
     * Content number {@code which} (0 or 1): a few megabytes, so a save takes measurable time.
     * The two differ in every line and in length, so any mix or truncation of them is seen.
     */
    static byte[] content(int which) {
        int lines = which == 0 ? 60_000 : 45_000;
        StringBuilder b = new StringBuilder(lines * 64);
        b.append("<domain type='kvm'>\n  <name>save-").append(which).append("</name>\n  <description>\n");
        for (int i = 0; i < lines; i++) {
            b.append("    content ").append(which).append(" line ").append(i).append(which == 0 ? " abcdefghijklmnopqrstuvwxyz\n" : " ZYXWVUTSRQPONMLKJIHGFEDCBA.\n");
        }
        return b.append("  </description>\n</domain>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        byte[][] contents = {content(0), content(1)};
        System.out.println(READY);
        System.out.flush();
        long start = System.nanoTime();
        for (int i = 0; System.nanoTime() - start < GIVE_UP_NANOS; i++) {
            AtomicFile.write(file, contents[i % 2]);
        }
    }
}
