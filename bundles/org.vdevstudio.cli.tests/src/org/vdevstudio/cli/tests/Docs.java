package org.vdevstudio.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small domain documents written by the tests. */
final class Docs {

    private Docs() {
    }

    /** A schema-valid domain whose {@code <devices>} holds {@code devices}; the devices start on line 8. */
    static String domain(String name, String devices) {
        return """
                <domain type='kvm'>
                  <name>%s</name>
                  <memory unit='MiB'>512</memory>
                  <os>
                    <type arch='x86_64'>hvm</type>
                  </os>
                  <devices>
                %s  </devices>
                </domain>
                """.formatted(name, devices);
    }

    static Path write(Path dir, String fileName, String text) throws IOException {
        Path p = dir.resolve(fileName);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** The 1-based line of the first line of {@code text} containing {@code part}. */
    static int lineOf(String text, String part) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(part + " not in the document");
    }
}
