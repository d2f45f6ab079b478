package org.vdevstudio.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.contentmergeviewer.TextMergeViewer;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Two texts side by side, read-only, with Eclipse Compare's differences highlighted: the editor's
 * content and the file's. A dialog rather than a compare editor, because the question it answers
 * (reload or keep?) is asked in a dialog and is asked again when this one closes.
 */
public final class CompareDialog extends Dialog {

    private final String title;
    private final String leftLabel;
    private final String left;
    private final String rightLabel;
    private final String right;
    private CompareConfiguration configuration;
    private TextMergeViewer viewer;

    public CompareDialog(Shell parent, String title, String leftLabel, String left, String rightLabel, String right) {
        super(parent);
        this.title = title;
        this.leftLabel = leftLabel;
        this.left = left;
        this.rightLabel = rightLabel;
        this.right = right;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        configuration = new CompareConfiguration();
        configuration.setLeftEditable(false);
        configuration.setRightEditable(false);
        configuration.setLeftLabel(leftLabel);
        configuration.setRightLabel(rightLabel);
        viewer = new TextMergeViewer(area, SWT.BORDER, configuration);
        viewer.setInput(new DiffNode(new TextNode(leftLabel, left), new TextNode(rightLabel, right)));
        GridDataFactory.fillDefaults().grab(true, true).hint(1000, 600).applyTo(viewer.getControl());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && configuration != null) {
            configuration.dispose();
            configuration = null;
        }
        return closed;
    }

    /** The viewer, while the dialog is open (for tests). */
    public TextMergeViewer getViewer() {
        return viewer;
    }

    /** One side: a name and UTF-8 text, typed as text so Compare uses its line differencer. */
    private record TextNode(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public String getType() {
            return ITypedElement.TEXT_TYPE;
        }

        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getCharset() {
            return StandardCharsets.UTF_8.name();
        }
    }
}
