package org.vdevstudio.libvirt.apply;

import java.io.IOException;
import java.util.Objects;

import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;

/**
 * What to apply: the domain (name or UUID), which of its definitions the editor opened and that
 * definition's XML as libvirt gave it, the edited XML, and where to apply it.
 */
public record ApplyRequest(String domain, Definition openedAs, String openedXml, String editedXml, ApplyTarget target) {

    public ApplyRequest {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(openedAs, "openedAs");
        Objects.requireNonNull(openedXml, "openedXml");
        Objects.requireNonNull(editedXml, "editedXml");
        Objects.requireNonNull(target, "target");
    }

    /** The request for an edited model: its XML is what the editor would save. */
    public static ApplyRequest of(String domain, Definition openedAs, String openedXml, DomainResource edited,
            ApplyTarget target) throws IOException {
        return new ApplyRequest(domain, openedAs, openedXml, DomainXml.toString(edited), target);
    }

    /** The same request for another target (the dialog's radio buttons). */
    public ApplyRequest withTarget(ApplyTarget other) {
        return new ApplyRequest(domain, openedAs, openedXml, editedXml, other);
    }
}
