package org.vdevstudio.ui.overview;

import java.util.UUID;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.FieldRules;
import org.vdevstudio.ui.forms.FormLayoutsEx;
import org.vdevstudio.ui.forms.ModelValueProperty;

/**
 * The domain's identity and size: name, UUID, title, description, memory and vCPUs, bound like
 * the device details (commit on Enter or focus-out, one command each, field validators).
 */
public class GeneralSection extends SectionPart {

    private static final Function<String, String> NAME = v -> v == null || v.isBlank() ? "A domain needs a name"
            : v.contains("/") ? "A domain name cannot contain '/'" : null;

    private final DetailsContext details;
    private final WritableValue<EObject> domain;
    private final FieldBinder fields;

    public GeneralSection(Composite parent, FormToolkit toolkit, DetailsContext details) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.details = details;
        Section section = getSection();
        section.setText("General");
        section.setDescription("The domain's name and identity, its memory and virtual CPUs.");
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayoutsEx.fields());
        domain = new WritableValue<>(DisplayRealm.getRealm(parent.getDisplay()), details.resource().getDomain(), EObject.class);
        fields = new FieldBinder(details.bindings(), toolkit, domain);
        fields.text(client, "name", "Name:", value("Name", Literals.DOMAIN__NAME), NAME);
        Text uuid = fields.text(client, "uuid", "UUID:", value("UUID", Literals.DOMAIN__UUID), FieldRules.UUID_TEXT);
        fields.button(uuid, "Generate", () -> FieldBinder.commit(uuid, UUID.randomUUID().toString()));
        fields.text(client, "title", "Title:", value("Title", Literals.DOMAIN__TITLE), null);
        fields.text(client, "description", "Description:", value("Description", Literals.DOMAIN__DESCRIPTION), null);
        fields.text(client, "memory", "Memory:", value("Memory", Literals.MEMORY__VALUE, Literals.DOMAIN__MEMORY),
                FieldRules.range(1, Long.MAX_VALUE, "Memory"));
        fields.text(client, "memoryUnit", "Memory unit:", value("Memory Unit", Literals.MEMORY__UNIT, Literals.DOMAIN__MEMORY), null);
        fields.text(client, "vcpus", "vCPUs:", value("vCPUs", Literals.VCPU__VALUE, Literals.DOMAIN__VCPU),
                FieldRules.range(1, 16384, "The number of vCPUs"));
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    private ModelValueProperty value(String label, EAttribute attribute, EReference... steps) {
        return new ModelValueProperty(details.domain(), label, ModelPath.of(steps), attribute);
    }

    /** After any command: a source edit may have replaced the domain object itself. */
    @Override
    public void refresh() {
        domain.setValue(details.resource().getDomain());
        fields.refresh();
        super.refresh();
    }
}
