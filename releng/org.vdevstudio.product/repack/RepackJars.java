import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the materialized product's bundle jars for a faster start (run by the product's pom
 * after materialize-products; releng/bin/bench-startup measures the effect):
 * <ul>
 * <li>every entry stored, not deflated: the framework reads each class's bytes from its bundle
 * jar at every start, even when the JVM then takes the class from the class-data archive, and
 * inflating them took 0.2 s of the UI thread;</li>
 * <li>the Equinox launcher and framework jars unsigned: the JVM verified their signatures entry
 * by entry at every start (nothing checks the signatures of the other bundles, which Equinox opens
 * as plain zips, and the product does not turn on Equinox's signed-content support), and a signed
 * jar's classes are never taken into the class-data archive.</li>
 * </ul>
 * The entries' bytes stay the same. A jar already stored (and unsigned where asked) is left alone,
 * so running it twice changes nothing; each jar is written aside and moved into place.
 *
 * <pre>java RepackJars.java PLUGINS_DIR UNSIGNED_BUNDLE...</pre>
 */
public final class RepackJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java RepackJars.java PLUGINS_DIR [UNSIGNED_BUNDLE...]");
            System.exit(2);
        }
        Path plugins = Path.of(args[0]);
        List<String> unsigned = List.of(args).subList(1, args.length);
        Set<String> unsign = Set.copyOf(unsigned);
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(plugins, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        for (String name : unsign) {
            if (jars.stream().noneMatch(jar -> bundleOf(jar).equals(name))) {
                throw new IOException("no jar of bundle " + name + " in " + plugins);
            }
        }
        int rewritten = 0;
        long before = 0, after = 0;
        for (Path jar : jars) {
            boolean strip = unsign.contains(bundleOf(jar));
            long size = Files.size(jar);
            if (repack(jar, strip)) {
                rewritten++;
                before += size;
                after += Files.size(jar);
            }
        }
        System.out.printf("RepackJars: %d of %d jars in %s rewritten stored%s (%.1f MB -> %.1f MB)%n", rewritten, jars.size(),
                plugins, unsigned.isEmpty() ? "" : " (unsigned: " + String.join(", ", unsigned) + ")",
                before / 1e6, after / 1e6);
    }

    /** The bundle's symbolic name from its jar's name in a product: {@code org.eclipse.osgi_3.22.0.v2024.jar}. */
    private static String bundleOf(Path jar) {
        String file = jar.getFileName().toString();
        int underscore = file.indexOf('_');
        return underscore < 0 ? file.substring(0, file.length() - ".jar".length()) : file.substring(0, underscore);
    }

    /** Rewrites one jar; false when it is already as wanted. */
    private static boolean repack(Path jar, boolean strip) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (!needsRepack(zip, strip)) {
                return false;
            }
            Path partial = jar.resolveSibling(jar.getFileName() + ".repack");
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setMethod(ZipOutputStream.STORED);
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (strip && SIGNATURE.matcher(name).matches()) {
                        continue;
                    }
                    byte[] data;
                    try (InputStream in = zip.getInputStream(entry)) {
                        data = in.readAllBytes();
                    }
                    if (strip && name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        data = withoutDigests(data);
                    }
                    ZipEntry stored = new ZipEntry(name);
                    stored.setMethod(ZipEntry.STORED);
                    stored.setTime(entry.getTime());
                    stored.setSize(data.length);
                    stored.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    stored.setCrc(crc.getValue());
                    out.putNextEntry(stored);
                    out.write(data);
                    out.closeEntry();
                }
                out.finish();
                file.flush();
                verify(zip, partial, strip);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw new IOException(jar + ": " + e.getMessage(), e);
            }
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /**
     * Reads the written jar back: the same entries in the same order with the same bytes (the CRC
     * the original jar recorded), each stored, but for the signature files and, in an unsigned
     * jar, the manifest's digests.
     */
    private static void verify(ZipFile original, Path written, boolean strip) throws IOException {
        try (ZipFile copy = new ZipFile(written.toFile())) {
            Enumeration<? extends ZipEntry> copied = copy.entries();
            Enumeration<? extends ZipEntry> entries = original.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (strip && SIGNATURE.matcher(entry.getName()).matches()) {
                    continue;
                }
                if (!copied.hasMoreElements()) {
                    throw new IOException("the copy lacks " + entry.getName());
                }
                ZipEntry c = copied.nextElement();
                boolean manifest = strip && entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF");
                if (!c.getName().equals(entry.getName()) || c.getMethod() != ZipEntry.STORED
                        || !manifest && (c.getCrc() != entry.getCrc() || c.getSize() != entry.getSize())) {
                    throw new IOException("the copy of " + entry.getName() + " differs");
                }
                CRC32 crc = new CRC32();
                try (InputStream in = copy.getInputStream(c)) {
                    crc.update(in.readAllBytes());
                }
                if (crc.getValue() != c.getCrc()) {
                    throw new IOException("the copy of " + entry.getName() + " does not read back");
                }
            }
            if (copied.hasMoreElements()) {
                throw new IOException("the copy has more entries than the jar");
            }
        }
    }

    private static boolean needsRepack(ZipFile zip, boolean strip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getMethod() != ZipEntry.STORED || strip && SIGNATURE.matcher(entry.getName()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The manifest with its main section only: the per-entry sections hold the signature's digests. */
    private static byte[] withoutDigests(byte[] manifest) throws IOException {
        Manifest parsed = new Manifest(new ByteArrayInputStream(manifest));
        parsed.getEntries().clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parsed.write(out);
        return out.toByteArray();
    }
}
