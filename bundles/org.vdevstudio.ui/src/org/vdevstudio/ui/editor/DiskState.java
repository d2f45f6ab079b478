package org.vdevstudio.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file on disk was when the editor last agreed with it: whether it existed, its size,
 * modification time and a SHA-256 of its bytes. The time and size make the check on every
 * activation cheap; the hash decides, so a file that was only touched is not reported as changed.
 */
public record DiskState(boolean exists, long size, long modifiedMillis, String sha256) {

    /** The state of a file that is not there. */
    public static final DiskState MISSING = new DiskState(false, -1, -1, "");

    /**
     * The file's state now. When its size and time are those of {@code previous}, the content is
     * taken to be the same and not read again.
     */
    public static DiskState of(Path file, DiskState previous) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        if (previous != null && previous.exists && previous.size == size && previous.modifiedMillis == modified) {
            return previous;
        }
        try {
            return new DiskState(true, size, modified, sha256(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return MISSING; // deleted between the two reads
        }
    }

    /** Whether the content differs from {@code other}'s (a touched file has the same content). */
    public boolean contentDiffers(DiskState other) {
        return exists != other.exists || !sha256.equals(other.sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
