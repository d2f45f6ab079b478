package org.vdevstudio.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.vdevstudio.model.domain.util.DomainResourceFactoryImpl;

/**
 * Makes {@link DomainResource}s with the generated ExtendedMetaData options, plus a hardened
 * parser: no DTD (so no entity of any kind, internal or external), secure processing, and a
 * bound on element nesting. libvirt's own XML never has a DTD.
 */
public class DomainResourceFactory extends DomainResourceFactoryImpl {

    /** Deeper than any libvirt document (about 12 levels); deep enough for foreign metadata. */
    static final int MAX_ELEMENT_DEPTH = 200;

    // Parsers only: pooled handlers would outlive the resource whose state they record.
    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();
    private static final Map<Object, Object> NAME_TO_FEATURE = java.util.Collections.synchronizedMap(new HashMap<>());
    /** EMF's save lookup table is not thread-safe: one per saving thread (see DomainXml.toBytes). */
    static final ThreadLocal<List<Object>> LOOKUP_TABLE = ThreadLocal.withInitial(ArrayList::new);

    public DomainResourceFactory() {
        // The generated constructor made a plain BasicExtendedMetaData; loads ask it the same
        // questions for every element, so use one that remembers the answers.
        extendedMetaData = new CachingExtendedMetaData();
    }

    @Override
    public Resource createResource(URI uri) {
        XMLResource generated = (XMLResource) super.createResource(uri);
        DomainResource r = new DomainResource(uri);
        r.getDefaultLoadOptions().putAll(generated.getDefaultLoadOptions());
        r.getDefaultSaveOptions().putAll(generated.getDefaultSaveOptions());
        r.getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures());
        r.getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_PROPERTIES,
                Map.of("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_ELEMENT_DEPTH));
        r.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Reuse parsers and name lookups across loads, and lookups across saves: without these,
        // every load builds a new SAX parser (about a millisecond) and every name is looked up
        // through the ExtendedMetaData annotations again.
        r.getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        r.getDefaultLoadOptions().put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        r.getDefaultLoadOptions().put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        r.getDefaultSaveOptions().put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        r.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        r.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        r.getDefaultSaveOptions().put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return r;
    }

    static Map<String, Boolean> parserFeatures() {
        Map<String, Boolean> f = new HashMap<>();
        f.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        f.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        f.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        f.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        f.put("http://apache.org/xml/features/xinclude", Boolean.FALSE);
        f.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return f;
    }
}
