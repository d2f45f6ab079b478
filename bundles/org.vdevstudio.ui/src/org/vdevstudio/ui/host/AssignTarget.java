package org.vdevstudio.ui.host;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.ui.editor.DomainEditor;

/** The domain devices are assigned to, and the editing domain whose stack makes the change undoable. */
public interface AssignTarget {

    EditingDomain editingDomain();

    Domain domain();

    /** The domain of an open editor; null when the editor holds no valid domain. */
    static AssignTarget of(DomainEditor editor) {
        if (editor == null || editor.getResource() == null || editor.getResource().getDomain() == null) {
            return null;
        }
        return of(editor.getEditingDomain(), editor.getResource().getDomain());
    }

    static AssignTarget of(EditingDomain editingDomain, Domain domain) {
        return new AssignTarget() {
            @Override
            public EditingDomain editingDomain() {
                return editingDomain;
            }

            @Override
            public Domain domain() {
                return domain;
            }
        };
    }
}
