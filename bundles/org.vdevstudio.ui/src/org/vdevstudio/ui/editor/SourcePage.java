package org.vdevstudio.ui.editor;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vdevstudio.core.io.DomainLoadException;

/**
 * The domain as XML text. The text is the editor's {@link SourceSync} document: it follows the
 * model, and typing goes back to the model once it parses. A parse error shows in the header;
 * clicking it moves the caret to where the parser stopped.
 */
public class SourcePage extends FormPage {

    public static final String ID = "source";

    private final DomainEditor editor;
    private final Runnable stateListener = this::showState;
    private SourceViewer viewer;

    public SourcePage(DomainEditor editor) {
        super(editor, ID, "Source");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText("Source");
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(FormLayouts.pageBody(1));
        viewer = new SourceViewer(body, null, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.configure(new SourceViewerConfiguration());
        viewer.setDocument(editor.getSourceSync().getDocument());
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        FormLayouts.fill(viewer.getControl());
        form.getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                revealError();
            }
        });
        editor.getSourceSync().addStateListener(stateListener);
        showState();
    }

    /** The text for Cut, Copy, Paste...; null before the page is first shown. */
    public ITextOperationTarget getTextOperationTarget() {
        return viewer == null ? null : viewer.getTextOperationTarget();
    }

    private void showState() {
        IManagedForm managedForm = getManagedForm();
        if (managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        SourceSync source = editor.getSourceSync();
        if (source.getState() == SourceSync.State.INVALID) {
            managedForm.getForm().setMessage(SourceSync.describe(source.getError()), IMessageProvider.ERROR);
        } else if (source.getState() == SourceSync.State.IN_SYNC) {
            managedForm.getForm().setMessage(null, IMessageProvider.NONE);
        }
        // while PENDING the last verdict stays up until the text is parsed again
    }

    /** Selects a whole line of the text (1-based), for the Problems view. */
    public void selectLine(int line) {
        if (viewer == null) {
            return;
        }
        IDocument document = viewer.getDocument();
        try {
            int l = Math.min(line, document.getNumberOfLines()) - 1;
            viewer.setSelectedRange(document.getLineOffset(l), document.getLineLength(l));
            viewer.revealRange(document.getLineOffset(l), 0);
        } catch (BadLocationException e) {
            // the text changed since the problem was found: there is nothing to point at
            return;
        }
    }

    /** Puts the caret where the parser stopped. */
    private void revealError() {
        DomainLoadException error = editor.getSourceSync().getError();
        if (error == null || error.getLine() <= 0 || viewer == null) {
            return;
        }
        IDocument document = viewer.getDocument();
        try {
            int line = Math.min(error.getLine(), document.getNumberOfLines()) - 1;
            int column = Math.max(0, Math.min(error.getColumn() - 1, document.getLineLength(line)));
            int offset = document.getLineOffset(line) + column;
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
            viewer.getTextWidget().setFocus();
        } catch (BadLocationException e) {
            // the text changed since the error was found: there is nothing to point at
            return;
        }
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.getTextWidget().isDisposed()) {
            viewer.getTextWidget().setFocus();
        } else {
            super.setFocus();
        }
    }

    @Override
    public void dispose() {
        editor.getSourceSync().removeStateListener(stateListener);
        super.dispose();
    }
}
