package org.vdevstudio.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.vdevstudio.libvirt.internal.NativeErrors;
import org.vdevstudio.libvirt.internal.NativeLibvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * One connection to libvirt (any URI libvirt accepts: {@code qemu:///system},
 * {@code qemu+ssh://host/system}, {@code test:///default}, {@code test:///abs/path/node.xml}).
 * Every call blocks until libvirt answers: run them off the UI thread. A domain is named by its
 * name or its UUID. Every failure is a {@link LibvirtError} with libvirt's verbatim message.
 */
public final class LibvirtConnection implements AutoCloseable {

    private final String uri;
    private final BoundConnect connect;
    private volatile boolean closed;

    private LibvirtConnection(String uri, BoundConnect connect) {
        this.uri = uri;
        this.connect = connect;
    }

    /** Opens a read-write connection to {@code uri}. */
    public static LibvirtConnection open(String uri) throws LibvirtError {
        NativeErrors.silence();
        try {
            return new LibvirtConnection(uri, new BoundConnect(uri));
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    public String uri() {
        return uri;
    }

    /** All domains, active and inactive, persistent and transient ({@code virConnectListAllDomains}). */
    public List<DomainSummary> listDomains() throws LibvirtError {
        NativeLibvirt lib = NativeLibvirt.INSTANCE;
        PointerByReference array = new PointerByReference();
        int n = lib.virConnectListAllDomains(connect.pointer(), array, 0);
        if (n < 0) {
            throw LibvirtError.last("virConnectListAllDomains");
        }
        List<DomainSummary> domains = new ArrayList<>(n);
        Pointer list = array.getValue();
        try {
            for (int i = 0; i < n; i++) {
                Pointer d = list.getPointer((long) i * Native.POINTER_SIZE);
                try {
                    domains.add(summarize(d));
                } finally {
                    lib.virDomainFree(d);
                }
            }
        } finally {
            if (list != null) {
                Native.free(Pointer.nativeValue(list));
            }
        }
        return domains;
    }

    /** The summary of one domain. */
    public DomainSummary lookup(String domain) throws LibvirtError {
        NativeLibvirt lib = NativeLibvirt.INSTANCE;
        Pointer d = isUuid(domain) ? lib.virDomainLookupByUUIDString(connect.pointer(), domain)
                : lib.virDomainLookupByName(connect.pointer(), domain);
        if (d == null) {
            throw LibvirtError.last("virDomainLookup");
        }
        try {
            return summarize(d);
        } finally {
            lib.virDomainFree(d);
        }
    }

    /** The domain's XML: the persistent definition (libvirt's inactive XML) or the live one. */
    public String dumpXml(String domain, Definition definition) throws LibvirtError {
        int flags = definition == Definition.PERSISTENT ? NativeLibvirt.VIR_DOMAIN_XML_INACTIVE : 0;
        try {
            return find(domain).getXMLDesc(flags);
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    /** Defines (or redefines, same name and UUID) a persistent domain from {@code xml}. */
    public DomainSummary define(String xml) throws LibvirtError {
        String uuid;
        try {
            uuid = connect.domainDefineXML(xml).getUUIDString();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
        return lookup(uuid);
    }

    /** {@code virDomainAttachDeviceFlags} with the target's AFFECT flags. */
    public void attachDevice(String domain, String deviceXml, ApplyTarget target) throws LibvirtError {
        onDomain(domain, d -> d.attachDeviceFlags(deviceXml, target.affectFlags()));
    }

    /**
     * {@code virDomainDetachDeviceFlags} with the target's AFFECT flags. A live detach returns
     * once the guest was asked; the device leaves the live XML when the guest lets it go.
     */
    public void detachDevice(String domain, String deviceXml, ApplyTarget target) throws LibvirtError {
        onDomain(domain, d -> d.detachDeviceFlags(deviceXml, target.affectFlags()));
    }

    /** {@code virDomainUpdateDeviceFlags} with the target's AFFECT flags. */
    public void updateDevice(String domain, String deviceXml, ApplyTarget target) throws LibvirtError {
        onDomain(domain, d -> d.updateDeviceFlags(deviceXml, target.affectFlags()));
    }

    /** Starts a defined domain ({@code virDomainCreate}). */
    public void start(String domain) throws LibvirtError {
        onDomain(domain, d -> d.create());
    }

    /** Stops a domain at once, like pulling the plug ({@code virDomainDestroy}). */
    public void destroy(String domain) throws LibvirtError {
        onDomain(domain, d -> d.destroy());
    }

    /** Removes the persistent definition; a running domain goes on as a transient one. */
    public void undefine(String domain) throws LibvirtError {
        onDomain(domain, d -> d.undefine());
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws LibvirtError {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connect.close();
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    /** A call of the binding on one domain. */
    private interface DomainCall {
        void run(Domain d) throws LibvirtException;
    }

    private void onDomain(String domain, DomainCall call) throws LibvirtError {
        try {
            call.run(find(domain));
        } catch (LibvirtException e) {
            throw LibvirtError.of(e);
        }
    }

    private Domain find(String domain) throws LibvirtException {
        return isUuid(domain) ? connect.domainLookupByUUIDString(domain) : connect.domainLookupByName(domain);
    }

    private static DomainSummary summarize(Pointer d) throws LibvirtError {
        NativeLibvirt lib = NativeLibvirt.INSTANCE;
        String name = lib.virDomainGetName(d);
        byte[] uuid = new byte[37]; // VIR_UUID_STRING_BUFLEN
        IntByReference state = new IntByReference();
        IntByReference reason = new IntByReference();
        if (name == null || lib.virDomainGetUUIDString(d, uuid) < 0
                || lib.virDomainGetState(d, state, reason, 0) < 0) {
            throw LibvirtError.last("reading a domain");
        }
        int persistent = lib.virDomainIsPersistent(d);
        int active = lib.virDomainIsActive(d);
        if (persistent < 0 || active < 0) {
            throw LibvirtError.last("reading a domain");
        }
        return new DomainSummary(name, Native.toString(uuid, "US-ASCII"), DomainState.of(state.getValue()),
                persistent == 1, active == 1, active == 1 ? lib.virDomainGetID(d) : -1);
    }

    private static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
