package org.vdevstudio.core.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.InterfaceVirtualport;
import org.vdevstudio.model.domain.InterfaceVirtualportParameters;
import org.vdevstudio.model.domain.InterfaceVirtualportType;

/**
 * {@code <virtualport>} from a one-line spec: {@code 802.1Qbh:profileid=X} or
 * {@code 802.1Qbg:managerid=A,typeid=B,typeidversion=C,instanceid=UUID}: the two port types
 * libvirt sets on an SR-IOV VF before the guest sees it.
 */
public final class VirtualPorts {

    private static final Set<String> QBH = Set.of("profileid");
    private static final Set<String> QBG = Set.of("managerid", "typeid", "typeidversion", "instanceid");

    private VirtualPorts() {
    }

    public static InterfaceVirtualport parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a virtual port is TYPE:KEY=VALUE,...; got '" + spec + "'");
        }
        InterfaceVirtualportType type = InterfaceVirtualportType.get(spec.substring(0, colon));
        if (type != InterfaceVirtualportType._802_1QBH && type != InterfaceVirtualportType._802_1QBG) {
            throw new IllegalArgumentException("the virtual port type is 802.1Qbh or 802.1Qbg; got '" + spec.substring(0, colon) + "'");
        }
        Set<String> allowed = type == InterfaceVirtualportType._802_1QBH ? QBH : QBG;
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : spec.substring(colon + 1).split(",")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).trim();
            if (eq < 0 || !allowed.contains(key) || pair.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException(type.getLiteral() + " takes " + String.join(", ", allowed) + "; got '" + pair + "'");
            }
            values.put(key, pair.substring(eq + 1).trim());
        }
        if (!values.keySet().containsAll(allowed)) {
            throw new IllegalArgumentException(type.getLiteral() + " needs " + String.join(", ", allowed));
        }
        InterfaceVirtualport port = DomainFactory.eINSTANCE.createInterfaceVirtualport();
        port.setType(type);
        InterfaceVirtualportParameters p = DomainFactory.eINSTANCE.createInterfaceVirtualportParameters();
        p.setProfileid(values.get("profileid"));
        p.setManagerid(values.get("managerid"));
        p.setTypeid(values.get("typeid"));
        p.setTypeidversion(values.get("typeidversion"));
        p.setInstanceid(values.get("instanceid"));
        port.setParameters(p);
        return port;
    }
}
