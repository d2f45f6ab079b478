package org.vdevstudio.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The documents in this bundle's resources/corpus, copied where a test's {@code vdev} can read them. */
final class Corpus {

    private Corpus() {
    }

    /** Copies every resources/corpus/*.xml into {@code dir}; returns their names, sorted. */
    static List<String> copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(Corpus.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries("resources/corpus", "*.xml", false);
            for (URL u : entries == null ? List.<URL>of() : Collections.list(entries)) {
                String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
                try (InputStream in = u.openStream()) {
                    Files.copy(in, dir.resolve(name));
                }
                names.add(name);
            }
        } else {
            // Outside OSGi (a plain JUnit run from the bundle's folder) the folder is the bundle.
            try (Stream<Path> files = Files.list(Path.of("resources", "corpus"))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    Files.copy(p, dir.resolve(p.getFileName().toString()));
                    names.add(p.getFileName().toString());
                }
            }
        }
        if (names.isEmpty()) {
            throw new IOException("no resources/corpus/*.xml in org.vdevstudio.cli.tests");
        }
        Collections.sort(names);
        return names;
    }

    /** Copies one document into {@code dir}; returns its path. */
    static Path copy(String name, Path dir) throws IOException {
        Path copied = dir.resolve("corpus");
        if (!Files.isDirectory(copied)) {
            copyTo(copied);
        }
        Path p = copied.resolve(name);
        if (!Files.exists(p)) {
            throw new IOException("no resources/corpus/" + name);
        }
        return p;
    }
}
