package org.vdevstudio.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One finding about a document: what is wrong in words a user can act on, where in the model
 * (the object and feature a form can mark) and where in the text (1-based line and column, 0
 * when unknown).
 */
public record Problem(Severity severity, String message, EObject object, EStructuralFeature feature, int line,
        int column) {

    public static Problem at(Severity severity, String message, EObject object, EStructuralFeature feature) {
        return new Problem(severity, message, object, feature, 0, 0);
    }

    public Problem withLocation(int line, int column) {
        return new Problem(severity, message, object, feature, line, column);
    }

    /** Whether libvirt's RelaxNG schema found it (not a model constraint or one of libvirt's rules). */
    public boolean fromSchema() {
        return message.startsWith(SchemaValidator.PREFIX);
    }

    /** {@code file:line:column: severity: message}, the form compilers and {@code vdev validate} use. */
    public String format(String file) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
