package org.vdevstudio.ui.overview;

import java.nio.file.Path;

/**
 * Where the edited document came from: a local file (offline authoring), or a domain on a
 * libvirt connection, its persistent (inactive) or its running guest's live definition, edited
 * in a local copy.
 *
 * @param file       the local file, or null for a document that only lives on a connection
 * @param connection the libvirt URI, or null when offline
 * @param domain     the domain's name on that connection, or null
 * @param state      "inactive" or "live" on that connection, or null
 */
public record DocumentOrigin(Path file, String connection, String domain, String state) {

    /** The state of a persistent (inactive) definition: what the guest boots with next time. */
    public static final String INACTIVE = "inactive";
    /** The state of a running guest's live definition. */
    public static final String LIVE = "live";

    /** A domain XML file edited offline, with no daemon. */
    public static DocumentOrigin offline(Path file) {
        return new DocumentOrigin(file, null, null, null);
    }

    /** A local copy of a domain's definition on a libvirt connection; {@code state} is INACTIVE or LIVE. */
    public static DocumentOrigin connected(Path copy, String connection, String domain, String state) {
        return new DocumentOrigin(copy, connection, domain, state);
    }

    /** The Connection row of the Overview page. */
    public String describeConnection() {
        if (connection == null) {
            return "none (offline file, no daemon)";
        }
        return connection + (domain == null ? "" : ", domain " + domain)
                + (state == null ? "" : LIVE.equals(state) ? " (live definition)" : " (persistent definition)");
    }
}
