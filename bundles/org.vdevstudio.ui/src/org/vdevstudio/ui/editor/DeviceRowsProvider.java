package org.vdevstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.Domain;

/**
 * The rows of a device table. The input is the {@link DomainResource}, not the domain: a source
 * edit replaces the domain object, and the table must follow it.
 */
public final class DeviceRowsProvider<T> implements IStructuredContentProvider {

    private final Function<Domain, List<T>> devices;

    public DeviceRowsProvider(Function<Domain, List<T>> devices) {
        this.devices = devices;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof DomainResource r ? rows(r).toArray() : new Object[0];
    }

    public List<Row<T>> rows(DomainResource resource) {
        Domain domain = resource.getDomain();
        List<Row<T>> rows = new ArrayList<>();
        if (domain != null) {
            for (T device : devices.apply(domain)) {
                rows.add(new Row<>(rows.size() + 1, device));
            }
        }
        return rows;
    }
}
