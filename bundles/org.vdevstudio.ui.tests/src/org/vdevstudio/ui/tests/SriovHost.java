package org.vdevstudio.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.vdevstudio.host.synthetic.SyntheticSysfs;

/**
 * The synthetic host the device browser's widget tests share: a root port, an i40e PF pair in one
 * IOMMU group, two VFs of the first PF (one bound to vfio-pci, one to iavf) and a USB root hub.
 * Tests add what only they need to the returned tree.
 */
final class SriovHost {

    private SriovHost() {
    }

    static SyntheticSysfs create(Path sys) throws IOException {
        SyntheticSysfs t = new SyntheticSysfs(sys);
        t.pci("0000:00:01.0").ids(0x8086, 0x1901).classCode(0x060400).driver("pcieport").iommuGroup(1).create();
        t.pci("0000:03:00.0").behind("0000:00:01.0").ids(0x8086, 0x1572).driver("i40e").iommuGroup(2).create();
        t.pci("0000:03:00.1").behind("0000:00:01.0").ids(0x8086, 0x1572).driver("i40e").iommuGroup(2).create();
        t.pci("0000:03:10.0").behind("0000:00:01.0").ids(0x8086, 0x154c).driver("vfio-pci").iommuGroup(3).create();
        t.pci("0000:03:10.1").behind("0000:00:01.0").ids(0x8086, 0x154c).driver("iavf").iommuGroup(4).create();
        t.sriov("0000:03:00.0", "0000:03:10.0", "0000:03:10.1");
        t.usb("usb1").create();
        return t;
    }
}
