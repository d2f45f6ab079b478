package org.vdevstudio.ui.libvirt;

import java.util.List;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.vdevstudio.ui.libvirt.Connections.State;

/**
 * The Domains view's tree: connections (the URIs of the {@link ConnectionList}, with their
 * {@link State}) and below each connected one its domains. Columns: name, state, persistence.
 */
final class DomainsTree {

    static final String[] COLUMNS = { "Name", "State", "Definition" };
    static final int[] WIDTHS = { 260, 260, 100 };

    private DomainsTree() {
    }

    /** Input: the URIs; elements: {@link State} for a connection, {@link DomainRow} for a domain. */
    static final class Content implements ITreeContentProvider {

        private final Connections connections;

        Content(Connections connections) {
            this.connections = connections;
        }

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).stream().map(u -> connections.state((String) u)).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof State s ? s.domains().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof DomainRow d ? connections.state(d.uri()) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof State s && !s.domains().isEmpty();
        }
    }

    static final class Labels extends LabelProvider implements ITableLabelProvider {

        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            if (element instanceof State s) {
                return switch (column) {
                    case 0 -> s.uri();
                    case 1 -> status(s);
                    default -> "";
                };
            }
            DomainRow d = (DomainRow) element;
            return switch (column) {
                case 0 -> d.name();
                case 1 -> d.state();
                default -> d.persistence();
            };
        }

        /** libvirt's error verbatim for a failed connection. */
        static String status(State s) {
            return switch (s.status()) {
                case DISCONNECTED -> "not connected";
                case CONNECTING -> "connecting\u2026";
                case CONNECTED -> s.domains().size() + (s.domains().size() == 1 ? " domain" : " domains");
                case FAILED -> "failed: " + s.error();
            };
        }
    }
}
