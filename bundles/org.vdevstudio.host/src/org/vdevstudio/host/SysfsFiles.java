package org.vdevstudio.host;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small reads from sysfs that never throw: a missing, unreadable or vanished file becomes null,
 * and a line in the caller's problem list when the caller expected it. A scan of thousands of
 * functions is bound by system calls, so an attribute costs open, one read and close: a
 * {@link FileChannel} (java.io would add an fstat per open) reads into a reused direct buffer, and
 * a short read is the end (the kernel hands out a whole attribute, at most a page, in one read).
 */
final class SysfsFiles {

    /** sysfs attributes are one short line; a page is the most the kernel writes. */
    private static final int MAX_ATTRIBUTE = 4096;
    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(MAX_ATTRIBUTE));
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private SysfsFiles() {
    }

    /** The trimmed content of {@code dir/name}; null (with a problem when {@code required}) if it cannot be read. */
    static String read(File dir, String name, boolean required, List<String> problems) {
        try {
            ByteBuffer buf = readAttribute(new File(dir, name).toPath());
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            if (required) {
                problems.add("no '" + name + "'");
            }
            return null;
        } catch (IOException e) {
            problems.add("cannot read '" + name + "': " + reason(e));
            return null;
        }
    }

    /** Up to a page of {@code file}, flipped for reading; the buffer is this thread's and reused. */
    private static ByteBuffer readAttribute(Path file) throws IOException {
        ByteBuffer buf = BUFFER.get();
        buf.clear();
        try (FileChannel in = FileChannel.open(file)) {
            in.read(buf); // a short read is the whole attribute; more than a page is cut, as the kernel would
        }
        return buf.flip();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /**
     * The last segment of the target of the link {@code dir/name}, or null. Whether the target
     * exists is not checked: that would cost a stat per link, and callers check what matters
     * (a PF that is gone is not in the scan).
     */
    static String linkTarget(File dir, String name, List<String> problems) {
        try {
            Path last = Files.readSymbolicLink(new File(dir, name).toPath()).getFileName();
            return last == null ? null : last.toString();
        } catch (IOException | UnsupportedOperationException e) {
            problems.add("cannot read the link '" + name + "': " + e);
            return null;
        }
    }

    /** The last segment of the target of the link {@code dir/name}, or null when there is no such link (not a problem). */
    static String optionalLink(File dir, String name) {
        try {
            Path last = Files.readSymbolicLink(new File(dir, name).toPath()).getFileName();
            return last == null ? null : last.toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // absent: an unbound device has no driver link, a PF no physfn
        }
    }

    /** The whole target text of the link {@code dir/name}, or null when there is no such link. */
    static String optionalLinkPath(File dir, String name) {
        try {
            return Files.readSymbolicLink(new File(dir, name).toPath()).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // not a link, or gone since the folder was listed
        }
    }

    /** The last segment of the target of the link {@code dir/name}, or null; a dangling link is a problem. */
    static String linkName(File dir, String name, List<String> problems) {
        File link = new File(dir, name);
        try {
            Path target = Files.readSymbolicLink(link.toPath());
            if (!link.exists()) {
                problems.add("'" + name + "' points to " + target + ", which does not exist");
            }
            Path last = target.getFileName();
            return last == null ? null : last.toString();
        } catch (IOException | UnsupportedOperationException e) {
            problems.add("cannot read the link '" + name + "': " + e);
            return null;
        }
    }

    /** The names in {@code dir}, or null when it is gone or unreadable. */
    static String[] list(File dir) {
        return dir.list();
    }

    /** "0x" and {@code value} in at least {@code digits} lower-case hex digits, as sysfs writes ids ("0x8086", "0x020000"). */
    static String hex0x(int value, int digits) {
        return "0x" + hexDigits(value, digits);
    }

    /** {@code value} in at least {@code digits} lower-case hex digits ("046d"). String.format costs microseconds a call. */
    static String hexDigits(int value, int digits) {
        int n = Math.max(digits, (35 - Integer.numberOfLeadingZeros(value | 1)) / 4);
        char[] c = new char[n];
        int v = value;
        for (int i = n - 1; i >= 0; i--) {
            c[i] = HEX_DIGITS[v & 0xf];
            v >>>= 4;
        }
        return new String(c);
    }

    /** A number written in hex with or without 0x; {@code absent} for null or junk. */
    static int hex(String text, int absent) {
        if (text == null) {
            return absent;
        }
        String t = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        try {
            return Integer.parseInt(t, 16);
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    /** A decimal number; null for null, junk, or negative (sysfs writes -1 for "none"). */
    static Integer decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(text.trim());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
