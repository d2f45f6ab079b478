package org.vdevstudio.ui.libvirt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** Colours a unified difference: removed lines red, added lines green, hunk headers grey. */
final class DiffColors {

    private DiffColors() {
    }

    static void apply(StyledText text) {
        String content = text.getText();
        List<StyleRange> ranges = new ArrayList<>();
        int offset = 0;
        for (String line : content.split("\n", -1)) {
            int color = line.startsWith("+") ? SWT.COLOR_DARK_GREEN
                    : line.startsWith("-") ? SWT.COLOR_DARK_RED
                    : line.startsWith("@@") ? SWT.COLOR_DARK_GRAY : -1;
            if (color >= 0 && !line.isEmpty()) {
                ranges.add(new StyleRange(offset, line.length(), text.getDisplay().getSystemColor(color), null));
            }
            offset += line.length() + 1;
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }
}
