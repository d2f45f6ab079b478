package org.vdevstudio.host.usage;

import org.vdevstudio.model.domain.Domain;

/**
 * A domain definition that may use host devices, and where it came from: an open editor, a file
 * of a folder, or (with the connector) a connection's inactive or live definition.
 *
 * @param origin  "editor", a file path, "inactive" or "live"
 * @param live    true for a running domain's live definition
 */
public record DomainRef(String name, String origin, boolean live, Domain domain) {

    /** "web1", or "web1 (live)": what the "used by" column shows. */
    public String label() {
        String n = name != null ? name : domain.getName() != null ? domain.getName() : "(unnamed)";
        return live ? n + " (live)" : n;
    }

    /** The domain's own name (without origin), for comparing with the domain being edited. */
    public String domainName() {
        return name != null ? name : domain.getName();
    }

    public static DomainRef of(Domain domain, String origin) {
        return new DomainRef(domain.getName(), origin, false, domain);
    }
}
