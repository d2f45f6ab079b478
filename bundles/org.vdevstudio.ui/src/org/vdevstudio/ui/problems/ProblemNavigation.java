package org.vdevstudio.ui.problems;

import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.editor.SourcePage;
import org.vdevstudio.ui.forms.DeviceBlock;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.forms.InterfacesPage;

/**
 * Takes the user from a problem to its place: the field that edits it, on the page that edits its
 * device, with the device selected; else its line on the Source page. A schema error is about the
 * XML as written (an element where none may be), so it goes to its line; so does everything while
 * the user reads the Source page.
 */
final class ProblemNavigation {

    private ProblemNavigation() {
    }

    static void open(DomainEditor editor, Problem p) {
        boolean onSource = editor.getActivePageInstance() != null && SourcePage.ID.equals(editor.getActivePageInstance().getId());
        if (!onSource && !p.fromSchema() && p.object() != null && editor.reveal(p.object())) {
            if (p.feature() != null) {
                focusField(editor, p);
            }
            return;
        }
        if (editor.setActivePage(SourcePage.ID) instanceof SourcePage source && p.line() > 0) {
            source.selectLine(p.line());
        }
    }

    private static void focusField(DomainEditor editor, Problem p) {
        DeviceBlock block = editor.getActivePageInstance() instanceof InterfacesPage i ? i.getBlock()
                : editor.getActivePageInstance() instanceof HostDevicesPage h ? h.getBlock() : null;
        if (block != null) {
            block.focusField(p.feature());
        }
    }
}
