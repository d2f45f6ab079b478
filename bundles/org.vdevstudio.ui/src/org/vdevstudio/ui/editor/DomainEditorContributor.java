package org.vdevstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * The domain editors' global action handlers: Undo and Redo on the active editor's command stack,
 * Revert, and the text actions while its Source page is showing. Shared by all domain editors, so it
 * retargets its actions whenever another one becomes active.
 */
public class DomainEditorContributor extends EditorActionBarContributor implements IPropertyListener {

    private final UndoAction undo = new UndoAction();
    private final RedoAction redo = new RedoAction();
    private final RevertAction revert = new RevertAction();
    private final List<TextOperationAction> textActions = List.of(
            new TextOperationAction(ActionFactory.CUT, ITextOperationTarget.CUT),
            new TextOperationAction(ActionFactory.COPY, ITextOperationTarget.COPY),
            new TextOperationAction(ActionFactory.PASTE, ITextOperationTarget.PASTE),
            new TextOperationAction(ActionFactory.DELETE, ITextOperationTarget.DELETE),
            new TextOperationAction(ActionFactory.SELECT_ALL, ITextOperationTarget.SELECT_ALL));
    private DomainEditor editor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(undo.getId(), undo);
        bars.setGlobalActionHandler(redo.getId(), redo);
        bars.setGlobalActionHandler(revert.getId(), revert);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.removePropertyListener(this);
        }
        editor = part instanceof DomainEditor d ? d : null;
        if (editor != null) {
            editor.addPropertyListener(this);
            undo.setTarget(editor.getEditingDomain().getCommandStack(), editor.getSourceSync());
            redo.setTarget(editor.getEditingDomain().getCommandStack(), editor.getSourceSync());
        } else {
            undo.setTarget(null, null);
            redo.setTarget(null, null);
        }
        revert.setEditor(editor);
        activePageChanged(editor);
    }

    /** The text actions work on the Source page only; on other pages their keys do nothing here. */
    void activePageChanged(DomainEditor changed) {
        if (changed != editor) {
            return;
        }
        ITextOperationTarget text = editor == null ? null : editor.getActiveTextTarget();
        IActionBars bars = getActionBars();
        for (TextOperationAction action : textActions) {
            action.setTarget(text);
            bars.setGlobalActionHandler(action.getId(), text == null ? null : action);
        }
        bars.updateActionBars();
    }

    /** The editor fires PROP_EDITS on every command and every change of its text's state. */
    @Override
    public void propertyChanged(Object source, int propId) {
        if (propId == DomainEditor.PROP_EDITS) {
            undo.update();
            redo.update();
            revert.update();
        }
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.removePropertyListener(this);
            editor = null;
        }
        super.dispose();
    }
}
