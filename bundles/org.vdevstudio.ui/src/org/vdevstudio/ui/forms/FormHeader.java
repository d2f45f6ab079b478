package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.AggregateValidationStatus;
import org.eclipse.core.databinding.observable.value.IValueChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vdevstudio.ui.editor.DomainSummary;
import org.vdevstudio.ui.problems.ProblemCheck;

/**
 * The form header of a page: a field that refused its value first (the user is looking at it),
 * else the domain's validation summary. The model's own checks are quick and run once per command
 * ({@link #update()}); the summary is reused when only a field's status changed, because a page
 * that binds its fields changes that status once per binding, and validating the whole domain each
 * time made opening a page on a large domain slow. The errors of libvirt's schema come from the
 * editor's {@link ProblemCheck}, which runs in the background, and join the summary when it has
 * finished.
 */
public final class FormHeader {

    private final ScrolledForm form;
    private final DetailsContext details;
    private final AggregateValidationStatus fields;
    private final IValueChangeListener<IStatus> listener = e -> show();
    private final ProblemCheck check;
    private final Runnable onChecked = this::update;
    private DomainSummary summary;
    private boolean summaryCurrent;

    public FormHeader(ScrolledForm form, DetailsContext details) {
        this.form = form;
        this.details = details;
        this.fields = new AggregateValidationStatus(details.bindings(), AggregateValidationStatus.MAX_SEVERITY);
        fields.addValueChangeListener(listener);
        check = ProblemCheck.of(details.domain(), details.resource());
        check.addListener(onChecked);
    }

    /** Shows the header again, with the domain's summary taken again (the model may have changed). */
    public void update() {
        summaryCurrent = false;
        show();
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
        if (!summaryCurrent) {
            summary = DomainSummary.of(details.resource(), check.schemaProblems());
            summaryCurrent = true;
        }
        if (summary == null) {
            setMessage("The source is not a domain (see the Source page)", IMessageProvider.ERROR);
        } else {
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
        check.removeListener(onChecked);
        fields.removeValueChangeListener(listener);
        fields.dispose();
    }
}
