package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.SourceAddress;

/**
 * Across domains: a host PCI function or USB device assigned to a domain and to another one that
 * can run at the same time. libvirt defines both and refuses only the second start ("is in use by
 * driver QEMU, domain ...", src/hypervisor/virhostdev.c virHostdevPreparePCIDevices): a warning.
 * Offline every other defined domain can run alongside, so every other domain counts. Today the
 * other domains come from a folder of domain XMLs and the editor's open editors; the connector
 * issue feeds it a connection's live domains later.
 */
public final class SharedHostDevices {

    /** Another domain to compare with, and how to name it to the user ("web1 (web1.xml)"). */
    public record Other(String label, Domain domain) {
    }

    private SharedHostDevices() {
    }

    /** Warnings on {@code domain}'s host devices that an {@code other} domain also uses. */
    public static List<Problem> check(Domain domain, Collection<Other> others) {
        Map<String, List<Other>> users = new HashMap<>();
        for (Other o : others) {
            if (o.domain() == domain || o.domain() == null || sameDomain(domain, o.domain())) {
                continue;
            }
            for (HostDevice d : HostDevices.snapshot(o.domain())) {
                String key = DeviceRules.hostKey(d);
                if (key != null) {
                    users.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (HostDevice d : HostDevices.snapshot(domain)) {
            String key = DeviceRules.hostKey(d);
            List<Other> also = key == null ? null : users.get(key);
            if (also == null) {
                continue;
            }
            List<String> names = also.stream().map(Other::label).distinct().toList();
            SourceAddress a = d.getSourceAddress();
            Problem p = Problem.at(Severity.WARNING, Labels.describe(d.getOwner()) + ": host "
                    + (d.getKind() == HostDevice.Kind.PCI ? "PCI" : "USB") + " device " + key.substring(4)
                    + " is also assigned to " + String.join(", ", names) + "; only one of them can run at a time",
                    a != null ? a : d.getOwner(), a != null ? Literals.SOURCE_ADDRESS__BUS : null);
            int[] at = org.vdevstudio.core.io.DomainResource.getLocation(p.object());
            problems.add(at == null ? p : p.withLocation(at[0], at[1]));
        }
        return problems;
    }

    /** The same domain in two places (a file and its open editor, or a copy): same UUID, else same name. */
    private static boolean sameDomain(Domain a, Domain b) {
        String ua = a.getUuid();
        String ub = b.getUuid();
        if (ua != null && ub != null) {
            return ua.equalsIgnoreCase(ub);
        }
        return Objects.equals(a.getName(), b.getName());
    }
}
