package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.AggregateValidationStatus;
import org.eclipse.core.databinding.observable.value.IValueChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vdevstudio.ui.editor.DomainSummary;
import org.vdevstudio.ui.problems.ProblemCheck;

/**
 * The form header of a page: a field that refused its value first (the user is looking at it),
 * else the domain's validation summary. A field's status shows at once; the summary validates the
 * whole domain, which takes long on a large one, so after a command ({@link #update()}) the header
 * keeps its last summary and takes the new one from the editor's {@link ProblemCheck} once the
 * user paused: one summary for all headers of the editor, taken only by headers whose page is
 * visible (the others take it when shown). The errors of libvirt's schema come from the same
 * check, which runs in the background, and join the summary when it has finished.
 */
public final class FormHeader {

    private final ScrolledForm form;
    private final DetailsContext details;
    private final AggregateValidationStatus fields;
    private final IValueChangeListener<IStatus> listener = e -> show();
    private final ProblemCheck check;
    private final Runnable onSummary = this::takeSummary;
    private final Listener onShown = e -> takeSummary();
    private DomainSummary summary;
    private boolean stale = true;

    public FormHeader(ScrolledForm form, DetailsContext details) {
        this.form = form;
        this.details = details;
        this.fields = new AggregateValidationStatus(details.bindings(), AggregateValidationStatus.MAX_SEVERITY);
        fields.addValueChangeListener(listener);
        check = ProblemCheck.of(details.domain(), details.resource());
        check.addListener(onSummary);
        check.addPauseListener(onSummary);
        form.addListener(SWT.Show, onShown);
    }

    /** The model changed: the header shows the fields' status now and the domain's summary after the pause. */
    public void update() {
        stale = true;
        check.summaryLater();
        show();
    }

    /** Takes the summary now, whether or not the page is visible (a page being opened). */
    public void updateNow() {
        stale = true;
        summary = check.summary();
        stale = false;
        show();
    }

    /** Whether the header shows the summary of the model as it is now (tests wait for this). */
    public boolean isCurrent() {
        return !stale && check.isSummaryCurrent();
    }

    private void takeSummary() {
        if (form.isDisposed() || !form.isVisible()) {
            stale = true; // taken when the page is shown
            return;
        }
        if (stale || !check.isSummaryCurrent()) {
            summary = check.summary();
            stale = false;
            show();
        }
    }

    private void show() {
        if (form.isDisposed()) {
            return;
        }
        IStatus status = fields.getValue();
        if (status != null && !status.isOK()) {
            setMessage(status.getMessage(), status.getSeverity() == IStatus.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING);
            return;
        }
        if (details.resource().getDomain() == null) {
            setMessage("The source is not a domain (see the Source page)", IMessageProvider.ERROR);
        } else if (summary != null) {
            setMessage(summary.text(), summary.messageType());
        }
    }

    /** Sets the message unless it is already shown: each change lays the whole form out again. */
    private void setMessage(String text, int type) {
        if (type != form.getMessageType() || !text.equals(form.getMessage())) {
            form.setMessage(text, type);
        }
    }

    /** The header's text and type, for tests: "ERROR: ...". */
    public String describe() {
        return form.getMessageType() + ": " + form.getMessage();
    }

    public void dispose() {
        check.removeListener(onSummary);
        check.removePauseListener(onSummary);
        if (!form.isDisposed()) {
            form.removeListener(SWT.Show, onShown);
        }
        fields.removeValueChangeListener(listener);
        fields.dispose();
    }
}
