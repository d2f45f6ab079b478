package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vdevstudio.cli.DeviceSummary.HostDeviceRow;
import org.vdevstudio.cli.DeviceSummary.InterfaceRow;
import org.vdevstudio.cli.DeviceSummary.Vlan;
import org.vdevstudio.cli.DeviceSummary.VlanTag;
import org.vdevstudio.core.io.DomainXml;

/** {@code vdev show FILE [--json]}: the interfaces and the host devices of a domain. */
final class ShowCommand implements Command {

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String arguments() {
        return "FILE [--json]";
    }

    @Override
    public String summary() {
        return "the interfaces and host devices of a domain";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, "--json").expect(this, 1, 1);
        DeviceSummary s = DeviceSummary.of(DomainXml.load(Path.of(a.operands().get(0))).getDomain());
        if (a.has("--json")) {
            out.println(Json.write(json(s)));
        } else {
            text(s, out);
        }
        return 0;
    }

    private static void text(DeviceSummary s, PrintStream out) {
        out.println("domain " + (s.name() == null ? "(no name)" : s.name())
                + (s.uuid() == null ? "" : "  uuid " + s.uuid()));
        out.println();
        out.println("interfaces (" + s.interfaces().size() + ")");
        if (!s.interfaces().isEmpty()) {
            TextTable t = new TextTable().row("#", "type", "mac", "source", "model", "vlan");
            for (InterfaceRow i : s.interfaces()) {
                t.row(i.index(), i.type(), i.mac(), i.source(), i.model(), vlanText(i.vlan()));
            }
            t.print(out, "  ");
        }
        out.println();
        out.println("host devices (" + s.hostdevs().size() + ")");
        if (!s.hostdevs().isEmpty()) {
            TextTable t = new TextTable().row("#", "kind", "managed", "source", "");
            for (HostDeviceRow h : s.hostdevs()) {
                t.row(h.index(), h.kind(), h.managed() ? "yes" : "no", h.source(),
                        h.isInterface() ? "(interface " + h.interfaceIndex() + ")" : "");
            }
            t.print(out, "  ");
        }
    }

    /** "100", "42 (native untagged), 47 trunk". */
    private static String vlanText(Vlan v) {
        if (v == null) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (VlanTag t : v.tags()) {
            tags.add(t.id() + (t.nativeMode() == null ? "" : " (native " + t.nativeMode() + ")"));
        }
        return String.join(", ", tags) + (v.trunk() ? " trunk" : "");
    }

    private static Map<String, Object> json(DeviceSummary s) {
        List<Object> interfaces = new ArrayList<>();
        for (InterfaceRow i : s.interfaces()) {
            interfaces.add(Json.object("index", i.index(), "type", i.type(), "mac", i.mac(), "source", i.source(),
                    "model", i.model(), "vlan", vlanJson(i.vlan())));
        }
        List<Object> hostdevs = new ArrayList<>();
        for (HostDeviceRow h : s.hostdevs()) {
            hostdevs.add(Json.object("index", h.index(), "kind", h.kind(), "managed", h.managed(), "source",
                    h.source(), "interface", h.isInterface(), "interfaceIndex", h.interfaceIndex()));
        }
        return Json.object("name", s.name(), "uuid", s.uuid(), "interfaces", interfaces, "hostdevs", hostdevs);
    }

    private static Object vlanJson(Vlan v) {
        if (v == null) {
            return null;
        }
        List<Object> tags = new ArrayList<>();
        for (VlanTag t : v.tags()) {
            tags.add(Json.object("id", number(t.id()), "nativeMode", t.nativeMode()));
        }
        return Json.object("trunk", v.trunk(), "tags", tags);
    }

    /** A tag id as a JSON number; a raw value the model could not hold stays a string. */
    private static Object number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
