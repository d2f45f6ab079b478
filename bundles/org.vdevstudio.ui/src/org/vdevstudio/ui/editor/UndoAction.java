package org.vdevstudio.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo on the EMF command stack. Typing in the Source page is the newest change: it is applied
 * first and then undone, or, when it is not a domain, dropped (the text shows the model again).
 */
public final class UndoAction extends CommandStackAction {

    public UndoAction() {
        super("&Undo", ActionFactory.UNDO.getId(), ActionFactory.UNDO.getCommandId());
    }

    @Override
    public void run() {
        if (stack == null) {
            return;
        }
        if (hasUnappliedText() && source.flush() == SourceSync.State.INVALID) {
            source.revertText();
        } else if (stack.canUndo()) {
            stack.undo();
        }
        update();
    }

    @Override
    public void update() {
        Command next = stack == null ? null : stack.getUndoCommand();
        boolean typed = hasUnappliedText();
        setEnabled(typed || stack != null && stack.canUndo());
        String what = typed ? ReplaceContentCommand.LABEL : next == null ? null : next.getLabel();
        setText(what == null ? "&Undo" : "&Undo " + what);
    }
}
