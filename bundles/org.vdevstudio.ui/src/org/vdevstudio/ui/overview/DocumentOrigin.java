package org.vdevstudio.ui.overview;

import java.nio.file.Path;

/**
 * Where the edited document came from. Today always a local file (offline authoring); the
 * connector will add a libvirt connection and a domain, defined (inactive) or running (live),
 * for which {@code connection}, {@code domain} and {@code state} are meant.
 *
 * @param file       the local file, or null for a document that only lives on a connection
 * @param connection the libvirt URI, or null when offline
 * @param domain     the domain's name on that connection, or null
 * @param state      "inactive" or "live" on that connection, or null
 */
public record DocumentOrigin(Path file, String connection, String domain, String state) {

    /** A domain XML file edited offline, with no daemon. */
    public static DocumentOrigin offline(Path file) {
        return new DocumentOrigin(file, null, null, null);
    }

    /** The Connection row of the Overview page. */
    public String describeConnection() {
        if (connection == null) {
            return "none (offline file, no daemon)";
        }
        return connection + (domain == null ? "" : ", domain " + domain) + (state == null ? "" : " (" + state + ")");
    }
}
