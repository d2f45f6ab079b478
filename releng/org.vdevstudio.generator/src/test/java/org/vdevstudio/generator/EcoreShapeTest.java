package org.vdevstudio.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Ecore the generator builds from libvirt 9.0's schema has the shape the editors rely on. */
class EcoreShapeTest {

    static EPackage pkg;
    static final ExtendedMetaData EMD = ExtendedMetaData.INSTANCE;

    @BeforeAll
    static void build() throws IOException {
        Rng.Grammar g = new RngReader(Paths.get(System.getProperty("vdev.schemaDir", "/usr/share/libvirt/schemas")))
                .read("domain.rng");
        Rng.Element root = (Rng.Element) g.resolve((Rng.Ref) g.start);
        List<SchemaAnalysis.ClassSet> classes = new SchemaAnalysis(g, ModelGenerator.SCOPE).classes(root);
        pkg = new EcoreBuilder(g, ModelGenerator.SCOPE).build(classes);
    }

    static EClass eClass(String name) {
        EClass c = (EClass) pkg.getEClassifier(name);
        assertNotNull(c, name);
        return c;
    }

    static List<String> literals(EEnum e) {
        List<String> l = new ArrayList<>();
        for (EEnumLiteral lit : e.getELiterals()) {
            l.add(lit.getLiteral());
        }
        return l;
    }

    @Test
    void interfaceTypesOfAllVariantsMergeIntoOneEnum() {
        EAttribute type = (EAttribute) eClass("Interface").getEStructuralFeature("type");
        assertTrue(literals((EEnum) type.getEType()).containsAll(List.of("bridge", "ethernet", "vhostuser",
                "user", "network", "direct", "hostdev", "mcast", "server", "client", "udp", "vdpa", "null", "vds")),
                literals((EEnum) type.getEType()).toString());
        assertTrue(type.isUnsettable(), "an optional enum attribute must be unsettable");
        assertEquals("type", EMD.getName(type));
        assertEquals(ExtendedMetaData.ATTRIBUTE_FEATURE, EMD.getFeatureKind(type));
    }

    @Test
    void hostdevSubsystemTypesAndModes() {
        EClass hostdev = eClass("Hostdev");
        assertEquals(List.of("pci", "usb", "scsi", "scsi_host", "mdev", "storage", "misc", "net"),
                literals((EEnum) hostdev.getEStructuralFeature("type").getEType()));
        assertEquals(List.of("subsystem", "capabilities"),
                literals((EEnum) hostdev.getEStructuralFeature("mode").getEType()));
        assertEquals("VirYesNo", hostdev.getEStructuralFeature("managed").getEType().getName());
        EReference source = (EReference) hostdev.getEStructuralFeature("source");
        assertTrue(source.isContainment());
        EClass address = (EClass) ((EReference) source.getEReferenceType().getEStructuralFeature("address")).getEType();
        for (String a : List.of("domain", "bus", "slot", "function", "device", "target", "unit")) {
            assertNotNull(address.getEStructuralFeature(a), a);
        }
    }

    @Test
    void classesAreMixedWithWildcardsSoNothingIsLost() {
        EClass iface = eClass("Interface");
        assertEquals(ExtendedMetaData.MIXED_CONTENT, EMD.getContentKind(iface));
        assertNotNull(EMD.getMixedFeature(iface));
        assertEquals(ExtendedMetaData.LAX_PROCESSING, EMD.getProcessingKind(iface.getEStructuralFeature("any")));
        assertNotNull(iface.getEStructuralFeature("anyAttribute"));
        EClass devices = eClass("Devices");
        assertTrue(devices.getEStructuralFeature("interfaces").isMany());
        assertTrue(devices.getEStructuralFeature("hostdevs").isMany());
        assertEquals(null, devices.getEStructuralFeature("disk"), "other devices stay untyped");
    }

    @Test
    void vlanTagAndMacAreValidatedDataTypes() {
        EClass tag = eClass("InterfaceVlanTag");
        EDataType id = (EDataType) tag.getEStructuralFeature("id").getEType();
        assertEquals("4095", EMD.getMaxInclusiveFacet(id));
        assertEquals(List.of("tagged", "untagged"),
                literals((EEnum) tag.getEStructuralFeature("nativeMode").getEType()));
        assertTrue(eClass("InterfaceVlan").getEStructuralFeature("tags").isMany());
        EDataType mac = (EDataType) eClass("InterfaceMac").getEStructuralFeature("address").getEType();
        assertEquals(1, EMD.getPatternFacet(mac).size());
    }

    @Test
    void textOnlyElementsAreAttributesOfTheirParent() {
        EAttribute name = (EAttribute) eClass("Domain").getEStructuralFeature("name");
        assertEquals(ExtendedMetaData.ELEMENT_FEATURE, EMD.getFeatureKind(name));
        assertTrue(name.isDerived(), "in a mixed class, element features live in the mixed map");
        EClass memory = eClass("Memory");
        assertEquals(ExtendedMetaData.SIMPLE_CONTENT, EMD.getContentKind(memory));
        assertNotNull(memory.getEStructuralFeature("unit"));
    }
}
