package org.vdevstudio.ui.host;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;

/**
 * 16x16 icons by device class, drawn once (a coloured tile with a letter), so the view needs no
 * image files; disposed with the view.
 */
final class DeviceIcons {

    enum Kind {
        NETWORK('N', new RGB(40, 100, 200)), DISPLAY('D', new RGB(40, 150, 70)), STORAGE('S', new RGB(210, 120, 20)),
        BRIDGE('B', new RGB(120, 120, 120)), USB('U', new RGB(130, 60, 170)), HUB('H', new RGB(90, 50, 130)),
        GROUP('G', new RGB(180, 180, 180)), OTHER('?', new RGB(90, 90, 90));

        final char letter;
        final RGB rgb;

        Kind(char letter, RGB rgb) {
            this.letter = letter;
            this.rgb = rgb;
        }
    }

    private final Display display;
    private final Map<Kind, Image> images = new EnumMap<>(Kind.class);

    DeviceIcons(Display display) {
        this.display = display;
    }

    static Kind kindOf(DeviceNode node) {
        Object d = node.device();
        if (d instanceof PciDevice p) {
            int base = p.classCode() >> 16;
            return switch (base) {
                case 0x02 -> Kind.NETWORK;
                case 0x03 -> Kind.DISPLAY;
                case 0x01 -> Kind.STORAGE;
                case 0x06 -> Kind.BRIDGE;
                case 0x0c -> Kind.USB;
                default -> Kind.OTHER;
            };
        }
        if (d instanceof UsbDevice u) {
            return u.isHub() || u.rootHub() ? Kind.HUB : Kind.USB;
        }
        return Kind.GROUP;
    }

    Image get(DeviceNode node) {
        return images.computeIfAbsent(kindOf(node), this::draw);
    }

    private Image draw(Kind kind) {
        Image image = new Image(display, 16, 16);
        GC gc = new GC(image);
        Color fill = new Color(display, kind.rgb);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, 16, 16);
            gc.setBackground(fill);
            gc.fillRoundRectangle(1, 1, 14, 14, 4, 4);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            String s = String.valueOf(kind.letter);
            int w = gc.textExtent(s).x;
            int h = gc.textExtent(s).y;
            gc.drawText(s, (16 - w) / 2, (16 - h) / 2, true);
        } finally {
            gc.dispose();
            fill.dispose();
        }
        return image;
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
