package org.vdevstudio.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.actions.ActionFactory;

/** Redo on the EMF command stack; the Source page shows the redone model. */
public final class RedoAction extends CommandStackAction {

    public RedoAction() {
        super("&Redo", ActionFactory.REDO.getId(), ActionFactory.REDO.getCommandId());
    }

    @Override
    public void run() {
        // Text typed since the last undo is a new change: applying it clears the redo history.
        if (stack != null && source != null) {
            source.flush();
        }
        if (stack != null && stack.canRedo()) {
            stack.redo();
        }
        update();
    }

    @Override
    public void update() {
        Command next = stack == null ? null : stack.getRedoCommand();
        setEnabled(stack != null && stack.canRedo() && !hasUnappliedText());
        setText(next == null || next.getLabel() == null ? "&Redo" : "&Redo " + next.getLabel());
    }
}
