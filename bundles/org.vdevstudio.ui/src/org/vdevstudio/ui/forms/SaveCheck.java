package org.vdevstudio.ui.forms;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.DeviceRules;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;

/**
 * Saving a document libvirt would refuse is allowed (work in progress is worth keeping), but only
 * after the user has seen why it would be refused.
 */
public final class SaveCheck {

    private SaveCheck() {
    }

    /** True to go on saving: no errors, or the user chose to save anyway. */
    public static boolean confirm(Shell shell, DomainResource resource) {
        if (resource.getDomain() == null) {
            return true; // the editor's own check reports a source that is not a domain
        }
        List<Problem> errors = DeviceRules.validator().validate(resource.getDomain()).stream()
                .filter(p -> p.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return true;
        }
        StringBuilder b = new StringBuilder("libvirt would refuse this domain:\n");
        errors.stream().limit(5).forEach(p -> b.append("\n\u2022 ").append(p.message()));
        if (errors.size() > 5) {
            b.append("\n\u2026 and ").append(errors.size() - 5).append(" more");
        }
        b.append("\n\nSave it anyway?");
        return MessageDialog.openQuestion(shell, "Save Invalid Domain", b.toString());
    }
}
