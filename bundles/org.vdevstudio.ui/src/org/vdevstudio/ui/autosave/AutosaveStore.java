package org.vdevstudio.ui.autosave;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the unsaved content of dirty editors is kept until it is saved or discarded, so that a
 * crash loses at most the last few seconds of work. One entry per edited file: {@code <key>.xml}
 * holds the content, {@code <key>.path} the original file's path (the key is a hash of that path,
 * so that any path gives a safe, stable file name). Both are written atomically; an entry is only
 * listed when both exist.
 */
public final class AutosaveStore {

    /** One autosaved editor: the file it was editing, where its content is, and when it was written. */
    public record Entry(Path original, Path content, Instant time) {
    }

    private static final String CONTENT = ".xml";
    private static final String SIDECAR = ".path";

    private final Path folder;

    public AutosaveStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the workspace: {@code .metadata/.plugins/org.vdevstudio.ui/autosave}. */
    public static AutosaveStore workspace() {
        return new AutosaveStore(Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(AutosaveStore.class)).toOSString())
                .resolve("autosave"));
    }

    public Path folder() {
        return folder;
    }

    /** Keeps {@code text} as the unsaved content of the editor on {@code original}, replacing what was kept. */
    public void write(Path original, String text) throws IOException {
        Files.createDirectories(folder);
        String key = key(original);
        // Content first: a sidecar without content is never listed, content without a sidecar is overwritten next time.
        writeAtomically(folder.resolve(key + CONTENT), text);
        writeAtomically(folder.resolve(key + SIDECAR), normal(original).toString());
    }

    /** Forgets what was kept for {@code original} (saved, or discarded by the user). */
    public void delete(Path original) throws IOException {
        String key = key(original);
        Files.deleteIfExists(folder.resolve(key + SIDECAR));
        Files.deleteIfExists(folder.resolve(key + CONTENT));
    }

    /** Whether something is kept for {@code original}. */
    public boolean contains(Path original) {
        String key = key(original);
        return Files.isRegularFile(folder.resolve(key + SIDECAR)) && Files.isRegularFile(folder.resolve(key + CONTENT));
    }

    /** Everything kept, oldest first. Unreadable entries are logged and left out. */
    public List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, "*" + SIDECAR)) {
            for (Path sidecar : sidecars) {
                String name = sidecar.getFileName().toString();
                Path content = folder.resolve(name.substring(0, name.length() - SIDECAR.length()) + CONTENT);
                try {
                    Path original = Path.of(Files.readString(sidecar, StandardCharsets.UTF_8).strip());
                    entries.add(new Entry(original, content, Files.getLastModifiedTime(content).toInstant()));
                } catch (NoSuchFileException e) {
                    ILog.of(AutosaveStore.class).warn("Autosave without content, ignored: " + sidecar);
                } catch (IOException | RuntimeException e) {
                    ILog.of(AutosaveStore.class).warn("Unreadable autosave, ignored: " + sidecar + ": " + e);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::time));
        return entries;
    }

    public String read(Entry entry) throws IOException {
        return Files.readString(entry.content(), StandardCharsets.UTF_8);
    }

    /** The file-name key of {@code original}: a hash of its absolute, normalised path. */
    static String key(Path original) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normal(original).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Path normal(Path original) {
        return original.toAbsolutePath().normalize();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
