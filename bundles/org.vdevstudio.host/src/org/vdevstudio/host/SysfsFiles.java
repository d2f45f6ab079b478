package org.vdevstudio.host;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small reads from sysfs that never throw: a missing, unreadable or vanished file becomes null,
 * and a line in the caller's problem list when the caller expected it. java.io is used on purpose:
 * {@code File.exists()} and {@code File.list()} answer without building exceptions, which keeps a
 * scan of thousands of functions fast.
 */
final class SysfsFiles {

    /** sysfs attributes are one short line; a page is the most the kernel writes. */
    private static final int MAX_ATTRIBUTE = 4096;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[MAX_ATTRIBUTE]);

    private SysfsFiles() {
    }

    /** The trimmed content of {@code dir/name}; null (with a problem when {@code required}) if it cannot be read. */
    static String read(File dir, String name, boolean required, List<String> problems) {
        File f = new File(dir, name);
        byte[] buf = BUFFER.get();
        try (FileInputStream in = new FileInputStream(f)) {
            int n = 0;
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
            return new String(buf, 0, n, StandardCharsets.UTF_8).trim();
        } catch (FileNotFoundException e) {
            // Either missing or unreadable (the message says which); only a missing optional file is normal.
            boolean missing = !f.exists();
            if (required || !missing) {
                problems.add(missing ? "no '" + name + "'" : "cannot read '" + name + "': " + e.getMessage());
            }
            return null;
        } catch (IOException e) {
            problems.add("cannot read '" + name + "': " + e.getMessage());
            return null;
        }
    }

    /** Up to {@code max} raw bytes of {@code dir/name} (binary attributes such as {@code config}); null if unreadable. */
    static byte[] readBytes(File dir, String name, int max, List<String> problems) {
        byte[] buf = BUFFER.get();
        try (FileInputStream in = new FileInputStream(new File(dir, name))) {
            int n = 0;
            int r;
            while (n < max && (r = in.read(buf, n, max - n)) > 0) {
                n += r;
            }
            return java.util.Arrays.copyOf(buf, n);
        } catch (IOException e) {
            problems.add("cannot read '" + name + "': " + e.getMessage());
            return null;
        }
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
