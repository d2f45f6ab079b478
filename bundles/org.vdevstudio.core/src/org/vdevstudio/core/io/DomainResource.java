package org.vdevstudio.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLSaveImpl;
import org.eclipse.emf.ecore.xml.namespace.XMLNamespacePackage;
import org.vdevstudio.model.domain.DocumentRoot;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.util.DomainResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A libvirt domain document. Quirks of libvirt's XML are handled here, not in generated code:
 * <ul>
 * <li>an attribute value the model's type cannot hold (an enum value a newer libvirt added, a
 * number that does not parse) is kept verbatim as an untyped attribute and written back, so the
 * document loses nothing; validation reports it;</li>
 * <li>whether the document had an XML declaration is remembered, so saving keeps its form.</li>
 * </ul>
 */
public class DomainResource extends DomainResourceImpl {

    private boolean xmlDeclaration;

    public DomainResource(URI uri) {
        super(uri);
    }

    /** The {@code <domain>} element, or null when the resource is empty. */
    public Domain getDomain() {
        if (getContents().isEmpty()) {
            return null;
        }
        EObject root = getContents().get(0);
        return root instanceof DocumentRoot d ? d.getDomain() : null;
    }

    public boolean hasXmlDeclaration() {
        return xmlDeclaration;
    }

    public void setXmlDeclaration(boolean xmlDeclaration) {
        this.xmlDeclaration = xmlDeclaration;
    }

    /**
     * Line and column (1-based) where the object's start tag ended in the text it was loaded
     * from, or null. Kept on the object, so it survives a move into another resource (the
     * editor's source page moves freshly parsed objects into the edited document).
     */
    public static int[] getLocation(EObject object) {
        for (Object a : object.eAdapters()) {
            if (a instanceof Location l) {
                return new int[] {l.line, l.column};
            }
        }
        return null;
    }

    /**
     * Locations found while loading; attached as adapters only when the load is over, because an
     * adapter makes every later add to its object's mixed map notify (and the feature map then
     * computes list positions linearly: quadratic loads of large documents).
     */
    private final Map<EObject, Location> loadedAt = new java.util.IdentityHashMap<>();

    @Override
    public void doLoad(java.io.InputStream inputStream, Map<?, ?> options) throws java.io.IOException {
        try {
            super.doLoad(inputStream, options);
        } finally {
            loadedAt.forEach((object, location) -> object.eAdapters().add(location));
            loadedAt.clear();
        }
    }

    private static final class Location extends org.eclipse.emf.common.notify.impl.AdapterImpl {
        final int line;
        final int column;

        Location(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /**
     * The namespace declarations each element carried ({prefix, uri}). EMF would declare every
     * namespace on the root; libvirt keeps foreign metadata with its declarations in place, and so
     * do we: they are written back on the element that had them.
     */
    private final Map<EObject, List<String[]>> namespaces = new WeakHashMap<>();

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMLLoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SAXXMLHandler(resource, helper, options) {
                    private final List<String[]> pending = new ArrayList<>();

                    @Override
                    public void startPrefixMapping(String prefix, String uri) {
                        super.startPrefixMapping(prefix, uri);
                        pending.add(new String[] {prefix == null ? "" : prefix, uri});
                    }

                    @Override
                    protected void handleXMLNSAttribute(String attrib, String value) {
                        super.handleXMLNSAttribute(attrib, value);
                        int colon = attrib.indexOf(':');
                        pending.add(new String[] {colon < 0 ? "" : attrib.substring(colon + 1), value});
                    }

                    @Override
                    public void startElement(String uri, String localName, String name) {
                        super.startElement(uri, localName, name);
                        pending.clear(); // declared on an element that became no object: declared at the root
                    }

                    @Override
                    protected void processObject(EObject object) {
                        super.processObject(object);
                        if (object != null && locator != null) {
                            loadedAt.put(object, new Location(locator.getLineNumber(), locator.getColumnNumber()));
                        }
                        // The document root is made at the first start tag too: the root's
                        // declarations belong to <domain>, the next object.
                        if (object != null && !(object instanceof DocumentRoot) && !pending.isEmpty()) {
                            namespaces.put(object, List.copyOf(pending));
                            pending.clear();
                        }
                    }
                };
            }
        };
    }

    @Override
    protected XMLSave createXMLSave() {
        return new XMLSaveImpl(createXMLHelper()) {
            private final Set<String> declaredInPlace = new HashSet<>();

            @Override
            protected boolean saveFeatures(EObject o, boolean attributesOnly) {
                List<String[]> declared = toDOM ? null : namespaces.get(o);
                if (declared != null) {
                    for (String[] d : declared) {
                        if (d[0].isEmpty()) {
                            doc.addAttribute(XMLResource.XML_NS, d[1]);
                        } else {
                            doc.addAttributeNS(XMLResource.XML_NS, prefixInUse(o, d[0], d[1]), d[1]);
                        }
                        declaredInPlace.add(d[1]);
                    }
                }
                return super.saveFeatures(o, attributesOnly);
            }

            /**
             * The prefix names in namespace {@code uri} are written with. EMF gives a namespace
             * one prefix per document: when a document binds one prefix to two namespaces in
             * different places, EMF writes the second with another prefix ({@code app_1}), and
             * the declaration in place must follow, or the names are unbound (found by FuzzTest).
             */
            private String prefixInUse(EObject declaring, String declared, String uri) {
                EPackage p = packageOf(declaring, uri);
                String used = p == null ? null : helper.getPrefix(p);
                return used == null || used.isEmpty() ? declared : used;
            }

            /** The package of namespace {@code uri}: one already written, or one used at or below {@code declaring}. */
            private EPackage packageOf(EObject declaring, String uri) {
                if (extendedMetaData == null) {
                    return null;
                }
                for (EPackage p : helper.packages()) {
                    if (uri.equals(extendedMetaData.getNamespace(p))) {
                        return p;
                    }
                }
                for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(declaring)); it.hasNext();) {
                    EObject x = it.next();
                    for (EStructuralFeature f : x.eClass().getEAllStructuralFeatures()) {
                        if (!FeatureMapUtil.isFeatureMap(f)) {
                            continue;
                        }
                        for (FeatureMap.Entry e : (FeatureMap) x.eGet(f)) {
                            EStructuralFeature used = e.getEStructuralFeature();
                            if (uri.equals(extendedMetaData.getNamespace(used))) {
                                return used.getEContainingClass().getEPackage();
                            }
                        }
                    }
                }
                return null;
            }

            /** Declares on the root only the namespaces that no element declares in place. */
            @Override
            protected void addNamespaceDeclarations() {
                EPackage noNamespace = helper.getNoNamespacePackage();
                for (EPackage p : helper.packages()) {
                    String ns = extendedMetaData == null ? p.getNsURI() : extendedMetaData.getNamespace(p);
                    if (p == noNamespace || p == XMLNamespacePackage.eINSTANCE || ns == null
                            || ExtendedMetaData.XMLNS_URI.equals(ns) || declaredInPlace.contains(ns)) {
                        continue;
                    }
                    for (String prefix : helper.getPrefixes(p)) {
                        if (prefix == null || prefix.isEmpty()) {
                            doc.addAttribute(XMLResource.XML_NS, ns);
                        } else {
                            doc.addAttributeNS(XMLResource.XML_NS, prefix, ns);
                        }
                    }
                }
            }
        };
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new DomainXmlHelper(this);
    }
}
