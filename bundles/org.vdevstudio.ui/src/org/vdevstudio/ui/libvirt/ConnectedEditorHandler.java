package org.vdevstudio.ui.libvirt;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vdevstudio.ui.editor.DomainEditor;

/** A handler for the active domain editor, enabled while that editor was opened from a libvirt connection. */
abstract class ConnectedEditorHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        Object editor = evaluationContext instanceof IEvaluationContext c ? c.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
        setBaseEnabled(editor instanceof DomainEditor d && d.getConnectionInput() != null);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DomainEditor d && d.getConnectionInput() != null) {
            run(d);
        }
        return null;
    }

    abstract void run(DomainEditor editor);
}
