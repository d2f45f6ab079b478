package org.vdevstudio.libvirt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo host that the product ships: a state file for libvirt's in-process test driver
 * ({@code demo/node.xml} in this bundle) with domains that use SR-IOV VFs as hostdev interfaces,
 * plain PCI and USB hostdevs, a hostdev network pool ({@code <forward mode='hostdev'>}), and node
 * devices: an SR-IOV PF with its VFs and IOMMU groups, a USB device. The test driver reads a real
 * file, so the resource is copied out first. Each connection gets its own in-memory copy of the
 * state: nothing is written back.
 */
public final class DemoHost {

    /** The state file's resource path in this bundle (and on the CLI's class path). */
    public static final String RESOURCE = "/demo/node.xml";

    /** Names of the demo domains, for tests and examples. */
    public static final String RUNNING_DOMAIN = "web";
    public static final String SHUTOFF_DOMAIN = "db";
    public static final String TRANSIENT_DOMAIN = "scratch";

    private DemoHost() {
    }

    /** Copies the state file to {@code dir/node.xml} (replacing an older copy) and returns that file. */
    public static Path extract(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("node.xml").toAbsolutePath();
        try (InputStream in = DemoHost.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the demo state file " + RESOURCE + " is missing from the libvirt bundle");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The test driver's URI for a state file: {@code test:///abs/path/node.xml}, percent-encoded where needed. */
    public static String uri(Path stateFile) {
        try {
            return "test://" + new URI(null, null, stateFile.toAbsolutePath().normalize().toString(), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path a URI can carry: " + stateFile, e);
        }
    }

    /** Extracts the state file into {@code dir} and returns its test driver URI. */
    public static String extractUri(Path dir) throws IOException {
        return uri(extract(dir));
    }
}
