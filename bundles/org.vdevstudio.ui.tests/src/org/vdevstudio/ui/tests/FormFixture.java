package org.vdevstudio.ui.tests;

import java.util.function.Function;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.DeviceBlock;

/** A master/details block on a domain in a shell of its own, as a page shows it, and the user's gestures on it. */
final class FormFixture<B extends DeviceBlock> implements AutoCloseable {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final FormToolkit toolkit = new FormToolkit(display);
    final DomainResource resource;
    final AdapterFactoryEditingDomain domain;
    final BasicCommandStack stack;
    final B block;

    FormFixture(String xml, Function<DetailsContext, B> block) throws Exception {
        shell.setLayout(new FillLayout());
        resource = DomainXml.load(xml, "fixture.xml");
        domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        ManagedForm form = new ManagedForm(toolkit, toolkit.createScrolledForm(shell));
        this.block = block.apply(new DetailsContext(domain, resource, new DataBindingContext(DisplayRealm.getRealm(display))));
        this.block.createContent(form);
        shell.setSize(1400, 1000);
        shell.open();
        TestDomains.drain(display);
    }

    Table table() {
        for (Control c : Widgets.all(shell)) {
            if (c instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table");
    }

    /** Clicks a row of the master table. */
    void selectRow(int index) {
        table().setSelection(index);
        table().notifyListeners(SWT.Selection, null);
        TestDomains.drain(display);
    }

    /** The visible text field named {@code name}. */
    Text field(String name) {
        Control c = Widgets.find(shell, name);
        if (c == null) {
            throw new AssertionError("no visible field " + name);
        }
        return (Text) c;
    }

    /** Clicks the visible button named {@code label}. */
    void click(String label) {
        Control c = Widgets.find(shell, label);
        if (c == null) {
            throw new AssertionError("no visible button " + label);
        }
        Widgets.click(c);
        TestDomains.drain(display);
    }

    @Override
    public void close() {
        block.dispose();
        shell.dispose();
        toolkit.dispose();
        TestDomains.drain(display);
    }
}
