package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.vdevstudio.model.domain.Alias;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.InterfaceVirtualport;
import org.vdevstudio.model.domain.InterfaceVirtualportParameters;
import org.vdevstudio.model.domain.InterfaceVirtualportType;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTrunk;
import org.vdevstudio.model.domain.Teaming;
import org.vdevstudio.model.domain.TeamingType;

/** libvirt's rules on an interface's network settings: VLANs, virtual port profiles, teaming. */
final class NetworkRules {

    private NetworkRules() {
    }

    /**
     * Which connections can carry a VLAN: an SR-IOV VF (hostdev, or direct in passthrough mode)
     * and an Open vSwitch bridge (src/conf/domain_validate.c virDomainActualNetDefValidate). A
     * VF takes exactly one tag and no trunk (src/util/virnetdev.c virNetDevSetNetConfig). Both
     * are checked when the domain starts, not at define: warnings. A network's VLAN support
     * depends on the network, which is not known offline, so type='network' is not judged.
     */
    static void vlans(Domain domain, Consumer<Problem> report) {
        for (Interface i : interfaces(domain)) {
            InterfaceVlan vlan = i.getVlan();
            if (vlan == null || !i.isSetType() || i.getType() == InterfaceType.NETWORK) {
                continue;
            }
            if (!carriesVlan(i)) {
                report.accept(Problem.at(Severity.WARNING, Labels.describe(i) + ": a VLAN is not supported on a type='"
                        + i.getType().getLiteral() + "' interface" + (i.getType() == InterfaceType.DIRECT
                                ? " unless its source mode is 'passthrough'" : i.getType() == InterfaceType.BRIDGE
                                        ? " unless it has <virtualport type='openvswitch'/>" : "")
                        + "; the domain will not start", vlan, null));
            } else if (i.getType() == InterfaceType.HOSTDEV || i.getType() == InterfaceType.DIRECT) {
                boolean trunk = vlan.isSetTrunk() && vlan.getTrunk() == InterfaceVlanTrunk.YES;
                if (trunk || vlan.getTags().size() > 1) {
                    report.accept(Problem.at(Severity.WARNING, Labels.describe(i) + ": an SR-IOV VF takes exactly one VLAN tag"
                            + " and no trunk (" + vlan.getTags().size() + " tags" + (trunk ? ", trunk='yes'" : "")
                            + "); the domain will not start", vlan, trunk ? Literals.INTERFACE_VLAN__TRUNK : null));
                }
            }
        }
    }

    private static boolean carriesVlan(Interface i) {
        InterfaceVirtualport vport = i.getVirtualport();
        switch (i.getType()) {
            case HOSTDEV:
                return true;
            case DIRECT:
                return i.getSource() != null && "passthrough".equals(i.getSource().getMode());
            case BRIDGE:
                return vport != null && vport.isSetType() && vport.getType() == InterfaceVirtualportType.OPENVSWITCH;
            default:
                return false;
        }
    }

    /**
     * An 802.1Qbg profile needs managerid, typeid and typeidversion (libvirt generates a missing
     * instanceid); an 802.1Qbh profile needs profileid. The test driver refuses an incomplete one
     * at define (src/conf/netdev_vport_profile_conf.c virNetDevVPortProfileParse, with
     * REQUIRE_ALL_ATTRIBUTES for every type but network, whose network may complete it).
     */
    static void virtualPorts(Domain domain, Consumer<Problem> report) {
        for (Interface i : interfaces(domain)) {
            InterfaceVirtualport vport = i.getVirtualport();
            if (vport == null || !vport.isSetType() || i.getType() == InterfaceType.NETWORK) {
                continue;
            }
            InterfaceVirtualportParameters p = vport.getParameters();
            // One problem per missing parameter, each at its own field.
            Map<EAttribute, String> missing = new LinkedHashMap<>();
            if (vport.getType() == InterfaceVirtualportType._802_1QBG) {
                addIfMissing(missing, Literals.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID, p == null ? null : p.getManagerid());
                addIfMissing(missing, Literals.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID, p == null ? null : p.getTypeid());
                addIfMissing(missing, Literals.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION,
                        p == null ? null : p.getTypeidversion());
            } else if (vport.getType() == InterfaceVirtualportType._802_1QBH) {
                addIfMissing(missing, Literals.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID, p == null ? null : p.getProfileid());
            }
            missing.forEach((attribute, name) -> report.accept(Problem.at(Severity.ERROR, Labels.describe(i)
                    + ": a virtualport of type " + vport.getType().getLiteral() + " needs " + name + " in <parameters>",
                    p != null ? p : vport, attribute)));
        }
    }

    private static void addIfMissing(Map<EAttribute, String> missing, EAttribute attribute, String value) {
        if (value == null || value.isBlank()) {
            missing.put(attribute, Labels.xmlName(attribute));
        }
    }

    /**
     * Teaming (virtio failover): a transient device names its persistent partner by alias; a
     * persistent one names nobody. The test driver refuses a transient without partner and a
     * persistent with one (src/conf/domain_validate.c virDomainNetDefValidate). A partner alias
     * that no device has, or a persistent device without an alias (nothing can pair with it),
     * only fails when QEMU starts (failover_pair_id, src/qemu/qemu_command.c
     * qemuBuildPCIHostdevDevProps): warnings.
     */
    static void teaming(Domain domain, Consumer<Problem> report) {
        Set<String> aliases = new HashSet<>();
        List<EObject> devices = new ArrayList<>(interfaces(domain));
        if (domain.getDevices() != null) {
            devices.addAll(domain.getDevices().getHostdevs());
        }
        for (EObject d : devices) {
            Alias a = alias(d);
            if (a != null && a.getName() != null) {
                aliases.add(a.getName());
            }
        }
        for (EObject d : devices) {
            Teaming t = d instanceof Interface i ? i.getTeaming() : ((Hostdev) d).getTeaming();
            if (t == null || !t.isSetType()) {
                continue;
            }
            String who = PciAddressRules.describe(d);
            String partner = t.getPersistent();
            if (t.getType() == TeamingType.TRANSIENT_) {
                if (partner == null || partner.isBlank()) {
                    report.accept(Problem.at(Severity.ERROR, who + ": a teaming type='transient' device needs"
                            + " persistent='ALIAS' naming its persistent partner", t, Literals.TEAMING__PERSISTENT));
                } else if (!aliases.contains(partner)) {
                    report.accept(Problem.at(Severity.WARNING, who + ": teaming partner '" + partner
                            + "' is not the alias of any device; the domain will not start", t, Literals.TEAMING__PERSISTENT));
                }
            } else {
                if (partner != null) {
                    report.accept(Problem.at(Severity.ERROR, who + ": a teaming type='persistent' device cannot have"
                            + " a persistent attribute (only its transient partner names it)", t, Literals.TEAMING__PERSISTENT));
                }
                Alias a = alias(d);
                if (a == null || a.getName() == null) {
                    report.accept(Problem.at(Severity.WARNING, who + ": a teaming type='persistent' device needs an"
                            + " <alias name='ua-...'/> for its transient partner to name", t, Literals.TEAMING__TYPE));
                }
            }
        }
    }

    private static Alias alias(EObject device) {
        return device instanceof Interface i ? i.getAlias() : ((Hostdev) device).getAlias();
    }

    private static List<Interface> interfaces(Domain domain) {
        return domain.getDevices() == null ? List.of() : domain.getDevices().getInterfaces();
    }
}
