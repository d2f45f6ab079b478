package org.vdevstudio.core.io;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.vdevstudio.model.domain.DomainPackage;

/**
 * ExtendedMetaData that remembers the answers loading asks again and again. EMF's
 * {@link BasicExtendedMetaData} recomputes a class's element and attribute lists (new lists each
 * time) and searches them by name for every element and attribute it reads; for an element the
 * model does not type (a {@code <disk>}, kept in a mixed map), it does so several times. The
 * classes of the generated model and of EMF's XML types never change once initialised, so the
 * answers for them are cached; demand-created classes (of unknown namespaces) grow while
 * loading and are always asked afresh.
 */
final class CachingExtendedMetaData extends BasicExtendedMetaData {

    /** Stands for a cached "no affiliation" (ConcurrentHashMap holds no nulls). */
    private static final EStructuralFeature NONE = EcoreFactory.eINSTANCE.createEAttribute();

    private final Map<EClass, Map<EStructuralFeature, EStructuralFeature>> affiliations = new ConcurrentHashMap<>();
    private final Map<EClass, List<EStructuralFeature>> allElements = new ConcurrentHashMap<>();
    private final Map<EClass, List<EStructuralFeature>> allAttributes = new ConcurrentHashMap<>();

    CachingExtendedMetaData() {
        super(new EPackageRegistryImpl(EPackage.Registry.INSTANCE));
        putPackage(null, DomainPackage.eINSTANCE);
    }

    private static boolean isStatic(EClass c) {
        EPackage p = c.getEPackage();
        return p == DomainPackage.eINSTANCE || p == XMLTypePackage.eINSTANCE;
    }

    @Override
    public EStructuralFeature getAffiliation(EClass eClass, EStructuralFeature feature) {
        if (eClass.getFeatureID(feature) >= 0) {
            return feature;
        }
        if (!isStatic(eClass)) {
            return super.getAffiliation(eClass, feature);
        }
        Map<EStructuralFeature, EStructuralFeature> byFeature = affiliations.computeIfAbsent(eClass, c -> new ConcurrentHashMap<>());
        EStructuralFeature cached = byFeature.get(feature);
        if (cached == null) {
            EStructuralFeature found = super.getAffiliation(eClass, feature);
            cached = found == null ? NONE : found;
            byFeature.put(feature, cached);
        }
        return cached == NONE ? null : cached;
    }

    @Override
    public List<EStructuralFeature> getAllElements(EClass eClass) {
        return isStatic(eClass) ? cached(allElements, eClass, super::getAllElements) : super.getAllElements(eClass);
    }

    @Override
    public List<EStructuralFeature> getAllAttributes(EClass eClass) {
        return isStatic(eClass) ? cached(allAttributes, eClass, super::getAllAttributes) : super.getAllAttributes(eClass);
    }

    /** Not computeIfAbsent: computing a class's list asks again for its supertypes' lists. */
    private static List<EStructuralFeature> cached(Map<EClass, List<EStructuralFeature>> cache, EClass eClass,
            Function<EClass, List<EStructuralFeature>> compute) {
        List<EStructuralFeature> result = cache.get(eClass);
        if (result == null) {
            result = List.copyOf(compute.apply(eClass));
            cache.put(eClass, result);
        }
        return result;
    }
}
