package org.vdevstudio.ui.problems;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.editor.IFormPage;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.editor.SourcePage;
import org.vdevstudio.ui.forms.InterfacesPage;

/** Takes the user from a problem to its place: the device on a form page, else the line on the Source page. */
final class ProblemNavigation {

    private ProblemNavigation() {
    }

    /** Selects the interface the object belongs to on the Interfaces page; false when it belongs to none. */
    static boolean selectOnForm(DomainEditor editor, EObject object) {
        if (SourcePage.ID.equals(editor.getActivePageInstance() == null ? null : editor.getActivePageInstance().getId())) {
            return false; // the user reads the source: stay there
        }
        for (EObject e = object; e != null; e = e.eContainer()) {
            if (e instanceof Interface i) {
                IFormPage page = editor.setActivePage(InterfacesPage.ID);
                return page instanceof InterfacesPage p && p.select(i);
            }
        }
        return false;
    }

    static void selectLine(DomainEditor editor, int line) {
        if (editor.setActivePage(SourcePage.ID) instanceof SourcePage source && line > 0) {
            source.selectLine(line);
        }
    }
}
