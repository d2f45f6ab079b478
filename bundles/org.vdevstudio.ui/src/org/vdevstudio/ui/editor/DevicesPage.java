package org.vdevstudio.ui.editor;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vdevstudio.ui.problems.ProblemCheck;

/** The interfaces and host devices of the domain, with a summary and the validation result (schema included) in the header. */
public class DevicesPage extends FormPage {

    public static final String ID = "devices";

    private final DomainEditor editor;
    private final CommandStackListener modelListener = e -> modelChanged();
    private final Runnable sourceListener = this::updateHeader;
    private final Runnable checkListener = this::updateHeader;
    private final Runnable pauseListener = this::updateHeader;
    private ProblemCheck check;

    public DevicesPage(DomainEditor editor) {
        super(editor, ID, "Devices");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Devices");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(FormLayouts.pageBody(1));
        InterfacesSection interfaces = new InterfacesSection(body, toolkit, editor.getResource());
        FormLayouts.fill(interfaces.getSection());
        managedForm.addPart(interfaces);
        HostDevicesSection hostDevices = new HostDevicesSection(body, toolkit, editor.getResource());
        FormLayouts.fill(hostDevices.getSection());
        managedForm.addPart(hostDevices);
        editor.getEditingDomain().getCommandStack().addCommandStackListener(modelListener);
        editor.getSourceSync().addStateListener(sourceListener);
        check = ProblemCheck.of(editor.getEditingDomain(), editor.getResource());
        check.addListener(checkListener);
        check.addPauseListener(pauseListener);
        updateHeader();
    }

    private void modelChanged() {
        IManagedForm managedForm = getManagedForm();
        if (managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        for (IFormPart part : managedForm.getParts()) {
            if (part instanceof AbstractFormPart stale) {
                stale.markStale();
            }
        }
        if (isActive()) {
            managedForm.refresh();
        }
        check.summaryLater(); // the whole domain is validated once the user paused, not per command
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active) {
            updateHeader(); // a summary taken while the page was hidden was left for now
        }
    }

    private void updateHeader() {
        IManagedForm managedForm = getManagedForm();
        if (managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        ScrolledForm form = managedForm.getForm();
        if (!form.isVisible() && form.getMessage() != null) {
            return; // hidden: taken when the page is shown
        }
        SourceSync source = editor.getSourceSync();
        DomainSummary summary = check.summary();
        if (summary == null) {
            form.setText("Devices");
            form.setMessage("Nothing to show: " + SourceSync.describe(source.getError())
                    + " (see the Source page)", IMessageProvider.ERROR);
            return;
        }
        form.setText(summary.name() == null ? "Devices" : "Devices of " + summary.name());
        if (source.getState() == SourceSync.State.INVALID) {
            form.setMessage("The source has an error, these tables show it before the edit: "
                    + SourceSync.describe(source.getError()), IMessageProvider.ERROR);
        } else {
            form.setMessage(summary.text(), summary.messageType());
        }
    }

    @Override
    public void dispose() {
        editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
        editor.getSourceSync().removeStateListener(sourceListener);
        if (check != null) {
            check.removeListener(checkListener);
            check.removePauseListener(pauseListener);
        }
        super.dispose();
    }
}
