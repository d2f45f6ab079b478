package org.vdevstudio.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, Copy, Paste, Delete, Select All for the Source page's text, as global action handlers: the
 * workbench binds those keys to its own commands, so without a handler the text widget never sees them.
 */
public final class TextOperationAction extends Action {

    private final int operation;
    private ITextOperationTarget target;

    public TextOperationAction(ActionFactory factory, int operation) {
        this.operation = operation;
        setId(factory.getId());
        setActionDefinitionId(factory.getCommandId());
        setEnabled(false);
    }

    /** The text to act on; null when the Source page is not the active page. */
    public void setTarget(ITextOperationTarget target) {
        this.target = target;
        setEnabled(target != null);
    }

    @Override
    public void run() {
        if (target != null && target.canDoOperation(operation)) {
            target.doOperation(operation);
        }
    }
}
