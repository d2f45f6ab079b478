package org.vdevstudio.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;

/** File > Revert for the active domain editor, enabled while it has unsaved changes. */
final class RevertAction extends Action {

    private DomainEditor editor;

    RevertAction() {
        super("Re&vert");
        setId(ActionFactory.REVERT.getId());
        setActionDefinitionId(ActionFactory.REVERT.getCommandId());
        setEnabled(false);
    }

    void setEditor(DomainEditor editor) {
        this.editor = editor;
        update();
    }

    void update() {
        setEnabled(editor != null && editor.isDirty());
    }

    @Override
    public void run() {
        if (editor != null) {
            editor.revertToSaved();
        }
    }
}
