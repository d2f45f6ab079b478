package org.vdevstudio.core.io;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.impl.XMLHelperImpl;

/**
 * How a loaded value reaches the model. Keeps attribute values that do not convert to the
 * feature's type as raw attributes (so nothing is lost), and takes two short cuts through EMF's
 * generic path that a parsed document allows (each measured by releng/bin/bench).
 */
final class DomainXmlHelper extends XMLHelperImpl {

    DomainXmlHelper(DomainResource resource) {
        super(resource);
    }

    @Override
    public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
        if (value instanceof String text && feature instanceof EAttribute attribute && isTypedAttribute(attribute)) {
            Object typed = convert(attribute, text);
            if (typed == null && !text.isEmpty()) {
                keepRaw(object, attribute, text);
                return;
            }
            // Converted once here; EMF's generic path would convert the text a second time.
            if (typed != null && !attribute.isMany() && object.eClass().getFeatureID(attribute) >= 0) {
                object.eSet(attribute, typed);
                return;
            }
        }
        if (!appendUntyped(object, feature, value)) {
            super.setValue(object, feature, value, position);
        }
    }

    /**
     * An element or attribute the model does not type (demand-created, of unspecified
     * multiplicity) is appended to its parent's mixed or wildcard map. EMF's generic add would
     * first ask {@code ExtendedMetaData.INSTANCE} (which caches nothing) whether the feature is
     * many, and scan the map for a duplicate; a parsed document holds neither a repeated attribute
     * nor one object twice. The map it goes to is the one EMF's own path chooses.
     */
    private boolean appendUntyped(EObject object, EStructuralFeature feature, Object value) {
        if (extendedMetaData == null || feature.getUpperBound() != ETypedElement.UNSPECIFIED_MULTIPLICITY) {
            return false;
        }
        EStructuralFeature target = extendedMetaData.getAffiliation(object.eClass(), feature);
        if (target == null || target == feature) {
            return false;
        }
        EStructuralFeature group = extendedMetaData.getGroup(target);
        target = group != null ? group : target;
        if (target.getEType() != EcorePackage.Literals.EFEATURE_MAP_ENTRY) {
            return false;
        }
        Object v = value;
        if (feature.getEType() instanceof EDataType type) {
            v = createFromString(type.getEPackage().getEFactoryInstance(), type, (String) value);
        }
        ((FeatureMap.Internal) object.eGet(target)).addUnique(feature, v);
        return true;
    }

    private boolean isTypedAttribute(EAttribute a) {
        return extendedMetaData != null && !FeatureMapUtil.isFeatureMap(a)
                && extendedMetaData.getFeatureKind(a) == ExtendedMetaData.ATTRIBUTE_FEATURE
                && a.getEType() != EcorePackage.Literals.ESTRING;
    }

    /** The typed value of {@code text}, or null when the type cannot hold it. */
    private static Object convert(EAttribute a, String text) {
        EDataType type = a.getEAttributeType();
        try {
            return type.getEPackage().getEFactoryInstance().createFromString(type, text);
        } catch (RuntimeException e) {
            return null; // not a value of this type: the caller keeps it raw
        }
    }

    /** Keeps an attribute value its typed feature cannot hold as an untyped attribute of the same name. */
    private void keepRaw(EObject object, EAttribute attribute, String text) {
        EStructuralFeature wildcard = object.eClass().getEStructuralFeature("anyAttribute");
        String name = extendedMetaData.getName(attribute);
        EStructuralFeature raw = extendedMetaData.demandFeature(null, name, false);
        ((FeatureMap) object.eGet(wildcard)).add(raw, text);
    }
}
