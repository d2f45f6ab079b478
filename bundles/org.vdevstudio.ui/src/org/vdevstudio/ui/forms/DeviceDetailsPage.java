package org.vdevstudio.ui.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.ui.editor.DomainSummary;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.problems.FieldMarkers;
import org.vdevstudio.ui.problems.ProblemCheck;

/**
 * The details of one kind of device: sections of fields bound to the device selected in the
 * master table. Subclasses only lay out their fields; binding and refreshing happen here.
 */
public abstract class DeviceDetailsPage extends AbstractFormPart implements IDetailsPage {

    protected final DetailsContext details;
    protected WritableValue<EObject> selected;
    protected FieldBinder fields;
    private ProblemCheck check;
    private final Runnable onPause = this::markersNow;
    private final Listener onShown = e -> markersNow();
    private EObject marked;

    protected DeviceDetailsPage(DetailsContext details) {
        this.details = details;
    }

    @Override
    public final void createContents(Composite parent) {
        GridLayout layout = FormLayouts.sectionClient(1);
        parent.setLayout(layout);
        // The display's realm, not the default one: the pages work outside a workbench too (tests).
        selected = new WritableValue<>(DisplayRealm.getRealm(parent.getDisplay()), null, EObject.class);
        fields = new FieldBinder(details.bindings(), toolkit(), selected);
        createSections(parent);
        check = ProblemCheck.of(details.domain(), details.resource());
        check.addListener(onPause);
        check.addPauseListener(onPause);
        getManagedForm().getForm().addListener(SWT.Show, onShown);
    }

    /** Adds the page's sections to {@code parent} with {@link #section}. */
    protected abstract void createSections(Composite parent);

    /** A titled section whose client lays out label, field, button rows. */
    protected Composite section(Composite parent, String title, String description) {
        Section s = toolkit().createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        s.setText(title);
        s.setDescription(description);
        FormLayouts.fillRow(s);
        Composite client = toolkit().createComposite(s);
        client.setLayout(FormLayoutsEx.fields());
        s.setClient(client);
        toolkit().paintBordersFor(client);
        return client;
    }

    protected FormToolkit toolkit() {
        return getManagedForm().getToolkit();
    }

    /** The text property of {@code attribute} at the end of {@code steps} below the device. */
    protected ModelValueProperty value(String label, EAttribute attribute, EReference... steps) {
        return new ModelValueProperty(details.domain(), label, ModelPath.of(steps), attribute);
    }

    /** "" then the literals libvirt accepts for an enum attribute. */
    protected static List<String> choices(EAttribute attribute) {
        List<String> items = new ArrayList<>(List.of(""));
        if (attribute.getEAttributeType() instanceof EEnum e) {
            for (EEnumLiteral l : e.getELiterals()) {
                items.add(l.getLiteral());
            }
        }
        return items;
    }

    protected static List<String> choices(Enumerator... literals) {
        List<String> items = new ArrayList<>(List.of(""));
        Arrays.stream(literals).map(Enumerator::getLiteral).forEach(items::add);
        return items;
    }

    @Override
    public void selectionChanged(IFormPart part, ISelection selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        selected.setValue(first instanceof EObject o ? o : null);
        deviceChanged();
        markers();
    }

    /** After a new selection or any command: enable what the device allows. */
    protected void deviceChanged() {
        // nothing depends on the device by default
    }

    @Override
    public void refresh() {
        fields.refresh();
        deviceChanged();
        markers();
        super.refresh();
    }

    /**
     * The fields' markers at a selection or a command: from the domain's problems when they are
     * known for the model as it is; else the markers stay until the user pauses ({@link #markersNow()}),
     * unless they were about another device.
     */
    private void markers() {
        if (check.isSummaryCurrent()) {
            markersNow();
        } else if (marked != selected.getValue()) {
            FieldMarkers.hide(fields.registry());
            marked = selected.getValue();
        }
    }

    /** The fields' markers from the domain's problems, taken now when the page is visible. */
    private void markersNow() {
        if (fields == null || getManagedForm().getForm().isDisposed()
                || !check.isSummaryCurrent() && !getManagedForm().getForm().isVisible()) {
            return; // hidden: taken when shown
        }
        DomainSummary summary = check.summary();
        // libvirt's schema errors are the header's and the Problems view's: a field marks what the rules say
        FieldMarkers.show(fields.registry(), summary == null ? List.of()
                : summary.problems().stream().filter(p -> !p.fromSchema()).toList());
        marked = selected.getValue();
    }

    @Override
    public void dispose() {
        if (check != null) {
            check.removeListener(onPause);
            check.removePauseListener(onPause);
            if (!getManagedForm().getForm().isDisposed()) {
                getManagedForm().getForm().removeListener(SWT.Show, onShown);
            }
        }
        super.dispose();
    }

    /** Puts the cursor in the visible field that edits {@code feature}; false when there is none. */
    public boolean focusField(EStructuralFeature feature) {
        for (FieldRegistry.Field f : fields.registry().fields()) {
            if (f.feature() == feature && f.control().isVisible()) {
                f.control().setFocus();
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean setFormInput(Object input) {
        return false;
    }

    @Override
    public void setFocus() {
        // the first field takes focus by the platform's traversal
    }

    @Override
    public boolean isStale() {
        // the model is edited only through commands, after which the block refreshes every page
        return false;
    }
}
