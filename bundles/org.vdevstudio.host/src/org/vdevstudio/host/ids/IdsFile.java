package org.vdevstudio.host.ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The parsed content of hwdata's {@code pci.ids} or {@code usb.ids}: vendors with their devices,
 * and the device classes ("C 02  Network controller" with subclasses below). Other sections of
 * usb.ids (languages, HID usages, ...) are skipped. One pass over the file, no regular expressions:
 * pci.ids is 1.3 MB and is read once per process.
 */
final class IdsFile {

    /** vendor id -> name. */
    final Map<Integer, String> vendors = new HashMap<>();
    /** vendor << 16 | device -> name. */
    final Map<Integer, String> devices = new HashMap<>();
    /** class << 8 | subclass -> name; class alone under key class | 0x10000 (-> "Network controller"). */
    final Map<Integer, String> classes = new HashMap<>();

    private IdsFile() {
    }

    static IdsFile empty() {
        return new IdsFile();
    }

    /** The file's content; an empty database (ids only) when it cannot be read. */
    static IdsFile read(Path file) {
        try {
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Without hwdata the browser shows ids only; that is the documented fallback, not an error.
            return empty();
        }
    }

    static IdsFile parse(String text) {
        IdsFile f = new IdsFile();
        int section = 0; // 0 none, 1 vendor, 2 class, 3 other top-level section
        int vendor = -1;
        int clazz = -1;
        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = len;
            }
            int start = pos;
            pos = end + 1;
            if (end == start || text.charAt(start) == '#') {
                continue;
            }
            if (text.charAt(start) == '\t') {
                if (start + 1 < end && text.charAt(start + 1) == '\t') {
                    continue; // subsystems and prog-ifs: not shown
                }
                int id = hex(text, start + 1, end);
                String name = name(text, start + 1, end);
                if (id < 0 || name == null) {
                    continue;
                }
                if (section == 1) {
                    f.devices.put(vendor << 16 | id, name);
                } else if (section == 2) {
                    f.classes.put(clazz << 8 | id, name);
                }
            } else if (text.startsWith("C ", start)) {
                clazz = hex(text, start + 2, end);
                String name = name(text, start + 2, end);
                section = clazz < 0 || name == null ? 3 : 2;
                if (section == 2) {
                    f.classes.put(clazz | 0x10000, name);
                }
            } else {
                vendor = hex(text, start, end);
                String name = name(text, start, end);
                section = vendor < 0 || name == null ? 3 : 1;
                if (section == 1) {
                    f.vendors.put(vendor, name);
                }
            }
        }
        return f;
    }

    /** The hex number at {@code from} (up to the first blank), or -1. */
    private static int hex(String text, int from, int end) {
        int v = 0;
        int i = from;
        for (; i < end && text.charAt(i) != ' ' && text.charAt(i) != '\t'; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || i - from >= 4) {
                return -1;
            }
            v = v << 4 | digit;
        }
        return i == from ? -1 : v;
    }

    /** The text after the id and its two blanks, or null. */
    private static String name(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) != ' ') {
            i++;
        }
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int e = end;
        while (e > i && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > i ? text.substring(i, e) : null;
    }
}
