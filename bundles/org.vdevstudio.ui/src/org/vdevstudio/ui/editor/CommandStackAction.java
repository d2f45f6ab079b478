package org.vdevstudio.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/**
 * An action on the command stack of the active domain editor, as a global action handler. The
 * contributor retargets it when another editor becomes active and updates it when the stack moves.
 */
public abstract class CommandStackAction extends Action {

    protected CommandStack stack;
    protected SourceSync source;

    protected CommandStackAction(String text, String id, String commandId) {
        super(text);
        setId(id);
        setActionDefinitionId(commandId);
        setEnabled(false);
    }

    /** The stack to act on, and the source text whose unparsed edits count as the newest change; null for none. */
    public void setTarget(CommandStack stack, SourceSync source) {
        this.stack = stack;
        this.source = source;
        update();
    }

    /** Follows the stack: enabled state and label ("Undo Edit Source"). */
    public abstract void update();

    /** Text typed in the Source page that the model does not have yet. */
    protected boolean hasUnappliedText() {
        return source != null && source.hasUnappliedEdits();
    }
}
