package org.vdevstudio.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.DeviceRules;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.model.domain.Domain;

/** What a page header says about the domain: device counts and validation problems. */
public record DomainSummary(String name, int interfaces, int hostDevices, int hostdevInterfaces, List<Problem> problems) {

    /** The summary of the resource's domain (model constraints and libvirt's rules only), or null when it has none. */
    public static DomainSummary of(DomainResource resource) {
        return of(resource, List.of());
    }

    /**
     * The same with the schema's errors of the last background check; one that says what a rule
     * already says about the same attribute (a VLAN tag over 4095) is not counted twice.
     */
    public static DomainSummary of(DomainResource resource, List<Problem> schemaProblems) {
        Domain domain = resource.getDomain();
        if (domain == null) {
            return null;
        }
        int interfaces = domain.getDevices() == null ? 0 : domain.getDevices().getInterfaces().size();
        List<HostDevice> hostDevices = HostDevices.of(domain);
        int viaInterface = (int) hostDevices.stream().filter(HostDevice::isInterface).count();
        List<Problem> problems = new ArrayList<>(DeviceRules.validator().validate(domain));
        for (Problem s : schemaProblems) {
            if (s.object() == null || s.feature() == null || problems.stream()
                    .noneMatch(p -> p.object() == s.object() && p.feature() == s.feature())) {
                problems.add(s);
            }
        }
        return new DomainSummary(domain.getName(), interfaces, hostDevices.size(), viaInterface, List.copyOf(problems));
    }

    /** "2 interfaces, 3 host devices (1 of them an interface's), 1 error, 2 warnings: <the first error>" */
    public String text() {
        StringBuilder b = new StringBuilder()
                .append(count(interfaces, "interface", "interfaces")).append(", ")
                .append(count(hostDevices, "host device", "host devices"));
        if (hostdevInterfaces > 0) {
            b.append(" (").append(hostdevInterfaces).append(" of them ")
                    .append(hostdevInterfaces == 1 ? "an interface's" : "interfaces'").append(')');
        }
        if (problems.isEmpty()) {
            return b.append(", no problems").toString();
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long others = problems.size() - errors;
        if (errors > 0) {
            b.append(", ").append(count((int) errors, "error", "errors"));
        }
        if (others > 0) {
            b.append(", ").append(count((int) others, "warning", "warnings"));
        }
        Problem worst = problems.stream().min(Comparator.comparing(Problem::severity)).orElseThrow();
        return b.append(": ").append(worst.message()).toString();
    }

    /** The header message type: an error, a warning or plain information. */
    public int messageType() {
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            return IMessageProvider.ERROR;
        }
        return problems.isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
