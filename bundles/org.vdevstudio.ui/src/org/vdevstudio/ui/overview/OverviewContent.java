package org.vdevstudio.ui.overview;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.DeviceNavigator;
import org.vdevstudio.ui.forms.FormHeader;

/**
 * The Overview's sections in a managed form: General on the left, Origin and Devices on the
 * right; after every command they show the model again, and the header the domain's status.
 */
public class OverviewContent {

    private final DetailsContext details;
    private final CommandStackListener stackListener = e -> refresh();
    private IManagedForm form;
    private FormHeader header;
    private DevicesSummarySection devices;

    public OverviewContent(DetailsContext details) {
        this.details = details;
    }

    public void createContent(IManagedForm managedForm, Supplier<DocumentOrigin> origin, DeviceNavigator navigator,
            Consumer<String> pages) {
        form = managedForm;
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        body.setLayout(FormLayouts.pageBody(2));
        Composite left = toolkit.createComposite(body);
        left.setLayout(FormLayouts.sectionClient(1));
        FormLayouts.fill(left);
        Composite right = toolkit.createComposite(body);
        right.setLayout(FormLayouts.sectionClient(1));
        FormLayouts.fill(right);
        GeneralSection general = new GeneralSection(left, toolkit, details);
        FormLayouts.fillRow(general.getSection());
        managedForm.addPart(general);
        OriginSection originSection = new OriginSection(right, toolkit, origin);
        FormLayouts.fillRow(originSection.getSection());
        managedForm.addPart(originSection);
        devices = new DevicesSummarySection(right, toolkit, details.resource(), navigator, pages);
        FormLayouts.fillRow(devices.getSection());
        managedForm.addPart(devices);
        header = new FormHeader(managedForm.getForm(), details);
        details.domain().getCommandStack().addCommandStackListener(stackListener);
        header.updateNow();
    }

    /**
     * Shows the model again (after a command, and after Save As changed the file). While the page
     * is hidden the sections are only marked stale, and refreshed when it is shown: the device
     * links are made anew, which takes long on a large domain, and the user edits on other pages.
     */
    public void refresh() {
        refresh(form != null && !form.getForm().isDisposed() && !form.getForm().isVisible());
    }

    /** Shows the model again now, the page being shown (or the file changed without a command). */
    public void refreshNow() {
        refresh(false);
    }

    private void refresh(boolean hidden) {
        if (form == null || form.getForm().isDisposed()) {
            return;
        }
        for (IFormPart p : form.getParts()) {
            if (hidden && p instanceof AbstractFormPart stale) {
                stale.markStale();
            } else {
                p.refresh();
            }
        }
        header.update();
    }

    public FormHeader getHeader() {
        return header;
    }

    public DevicesSummarySection getDevices() {
        return devices;
    }

    public void dispose() {
        details.domain().getCommandStack().removeCommandStackListener(stackListener);
        if (header != null) {
            header.dispose();
        }
        details.bindings().dispose();
    }
}
