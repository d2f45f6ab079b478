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
 * else the domain's validation summary. The model's own checks are quick and run at once; the
 * errors of libvirt's schema come from the editor's {@link ProblemCheck}, which runs in the
 * background, and join the summary when it has finished.
 */
public final class FormHeader {

    private final ScrolledForm form;
    private final DetailsContext details;
    private final AggregateValidationStatus fields;
    private final IValueChangeListener<IStatus> listener = e -> update();
    private final ProblemCheck check;
    private final Runnable onChecked = this::update;

    public FormHeader(ScrolledForm form, DetailsContext details) {
        this.form = form;
        this.details = details;
        this.fields = new AggregateValidationStatus(details.bindings(), AggregateValidationStatus.MAX_SEVERITY);
        fields.addValueChangeListener(listener);
        check = ProblemCheck.of(details.domain(), details.resource());
        check.addListener(onChecked);
    }

    public void update() {
        if (form.isDisposed()) {
            return;
        }
        IStatus status = fields.getValue();
        if (status != null && !status.isOK()) {
            form.setMessage(status.getMessage(), status.getSeverity() == IStatus.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING);
            return;
        }
        DomainSummary summary = DomainSummary.of(details.resource(), check.schemaProblems());
        if (summary == null) {
            form.setMessage("The source is not a domain (see the Source page)", IMessageProvider.ERROR);
        } else {
            form.setMessage(summary.text(), summary.messageType());
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
