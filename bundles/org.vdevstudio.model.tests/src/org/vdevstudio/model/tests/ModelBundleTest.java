package org.vdevstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The model bundle resolves in OSGi, registers its generated package, and re-exports EMF Ecore and
 * XMI to its clients.
 */
class ModelBundleTest {

    @Test
    void modelBundleIsResolved() {
        Bundle self = FrameworkUtil.getBundle(ModelBundleTest.class);
        Bundle model = null;
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if ("org.vdevstudio.model".equals(bundle.getSymbolicName())) {
                model = bundle;
            }
        }
        assertTrue(model != null && (model.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                "org.vdevstudio.model resolved: " + model);
    }

    /** plugin.xml registers the generated package; core.runtime is here so that EMF reads the registry. */
    @Test
    void generatedPackageIsRegisteredByPluginXml() {
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://vdevstudio.org/schemas/libvirt/domain");
        assertEquals("org.vdevstudio.model.domain.impl.DomainPackageImpl", registered.getClass().getName());
    }

    @Test
    void reexportedXmlResourceRoundTripsADynamicObject() throws IOException {
        EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
        pkg.setName("t");
        pkg.setNsPrefix("t");
        pkg.setNsURI("urn:vdev:test");
        EClass domain = EcoreFactory.eINSTANCE.createEClass();
        domain.setName("Domain");
        EAttribute name = EcoreFactory.eINSTANCE.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        domain.getEStructuralFeatures().add(name);
        pkg.getEClassifiers().add(domain);

        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(pkg.getNsURI(), pkg);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xml", new XMLResourceFactoryImpl());

        EObject object = EcoreUtil.create(domain);
        object.eSet(name, "vdev-example");
        Resource out = set.createResource(URI.createURI("mem:/out.xml"));
        out.getContents().add(object);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());

        Resource in = set.createResource(URI.createURI("mem:/in.xml"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        assertEquals("vdev-example", in.getContents().get(0).eGet(name), bytes.toString(StandardCharsets.UTF_8));
    }
}
