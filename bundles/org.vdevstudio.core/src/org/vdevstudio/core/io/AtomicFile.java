package org.vdevstudio.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that it holds either its old or its new content, never a torn mix: the bytes
 * go to a temporary file {@code .NAME<digits>.tmp} in the same folder, are flushed to disk, take
 * the original's permissions, and replace the original by an atomic rename. The first write over
 * an existing file that has no backup yet keeps the old content as {@code NAME.bak}, written the
 * same way. A process killed mid-save can leave its temporary file behind; the next save of the
 * same file deletes it.
 */
public final class AtomicFile {

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        deleteStaleTemporaryFiles(dir, name);
        Set<PosixFilePermission> permissions = null;
        if (Files.exists(target)) {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            permissions = view != null ? view.readAttributes().permissions() : null;
            Path backup = dir.resolve(name + ".bak");
            if (!Files.exists(backup)) {
                // A backup copied in place could be torn by a crash and then kept forever, since
                // only the first save makes one: it is replaced atomically too.
                replace(dir, name, backup, temp -> Files.copy(target, temp,
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES));
            }
        }
        Set<PosixFilePermission> kept = permissions;
        replace(dir, name, target, temp -> {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            if (kept != null) {
                Files.setPosixFilePermissions(temp, kept);
            }
        });
    }

    /** What fills the temporary file before it replaces the target. */
    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    private static void replace(Path dir, String name, Path target, Filler filler) throws IOException {
        Path temp = Files.createTempFile(dir, "." + name, TEMP_SUFFIX);
        try {
            filler.fill(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes what an earlier, killed save of this file left: files named exactly like our
     * temporary files ({@link Files#createTempFile} puts digits between prefix and suffix). Only
     * one process saves a document at a time, so a file of this name is never a save in progress.
     */
    private static void deleteStaleTemporaryFiles(Path dir, String name) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + name) + "\\d+" + Pattern.quote(TEMP_SUFFIX));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (ours.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Makes the rename itself durable. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for sync; the rename is still atomic.
            return;
        }
    }
}
