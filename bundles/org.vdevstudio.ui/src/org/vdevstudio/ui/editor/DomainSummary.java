package org.vdevstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.DeviceRules;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.model.domain.Domain;

/** What the Devices page header says about the domain: device counts and validation problems. */
public record DomainSummary(String name, int interfaces, int hostDevices, int hostdevInterfaces, List<Problem> problems) {

    /** The summary of the resource's domain, or null when the resource has none. */
    public static DomainSummary of(DomainResource resource) {
        Domain domain = resource.getDomain();
        if (domain == null) {
            return null;
        }
        int interfaces = domain.getDevices() == null ? 0 : domain.getDevices().getInterfaces().size();
        List<HostDevice> hostDevices = HostDevices.of(domain);
        int viaInterface = (int) hostDevices.stream().filter(HostDevice::isInterface).count();
        return new DomainSummary(domain.getName(), interfaces, hostDevices.size(), viaInterface,
                DeviceRules.validator().validate(domain));
    }

    /** "2 interfaces, 3 host devices (1 of them an interface's), 1 problem: ..." */
    public String text() {
        StringBuilder b = new StringBuilder()
                .append(count(interfaces, "interface", "interfaces")).append(", ")
                .append(count(hostDevices, "host device", "host devices"));
        if (hostdevInterfaces > 0) {
            b.append(" (").append(hostdevInterfaces).append(" of them ")
                    .append(hostdevInterfaces == 1 ? "an interface's" : "interfaces'").append(')');
        }
        b.append(", ").append(problems.isEmpty() ? "no problems" : count(problems.size(), "problem", "problems"));
        if (!problems.isEmpty()) {
            b.append(": ").append(problems.get(0).message());
        }
        return b.toString();
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
