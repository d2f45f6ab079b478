package org.vdevstudio.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The test documents shipped in this bundle's resources/ folder. */
final class Corpus {

    private Corpus() {
    }

    /** File name → content of resources/FOLDER/*.xml (or another pattern), sorted by name. */
    static Map<String, byte[]> read(String folder, String pattern) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Corpus.class);
        Enumeration<URL> entries = bundle.findEntries("resources/" + folder, pattern, false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        List<URL> sorted = new ArrayList<>(urls);
        sorted.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        Map<String, byte[]> result = new LinkedHashMap<>();
        for (URL u : sorted) {
            try (InputStream in = u.openStream()) {
                String path = u.getPath();
                result.put(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
            }
        }
        if (result.isEmpty()) {
            throw new IOException("no resources/" + folder + "/" + pattern + " in " + bundle.getSymbolicName());
        }
        return result;
    }

    static Map<String, byte[]> domains() throws IOException {
        return read("corpus", "*.xml");
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
