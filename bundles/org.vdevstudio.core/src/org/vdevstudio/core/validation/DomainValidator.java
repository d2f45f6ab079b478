package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.Domain;

/**
 * Validates a loaded domain: the constraints the generated model carries from the schema (value
 * patterns and ranges, checked by EMF's Diagnostician), values the model kept raw because their
 * type could not hold them, and any {@link DomainRule}s added. Problems come sorted by position.
 */
public final class DomainValidator {

    private final List<DomainRule> rules = new ArrayList<>();

    public DomainValidator() {
        rules.add(DomainValidator::rawValues);
    }

    /** Adds a rule (the hook for semantic checks); returns this. */
    public DomainValidator addRule(DomainRule rule) {
        rules.add(rule);
        return this;
    }

    public List<Problem> validate(Domain domain) {
        List<Problem> problems = new ArrayList<>();
        Diagnostic d = Diagnostician.INSTANCE.validate(domain, Map.of());
        collect(d, problems);
        for (DomainRule r : rules) {
            r.check(domain, problems::add);
        }
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int[] at = p.object() != null && p.line() == 0 ? DomainResource.getLocation(p.object()) : null;
            located.add(at != null ? p.withLocation(at[0], at[1]) : p);
        }
        located.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return located;
    }

    /**
     * Leaves of EMF's diagnostic tree become problems. A data type's facet check (a VLAN tag over
     * 4095) names only the value: the object and feature come from the enclosing diagnostics.
     */
    private static void collect(Diagnostic d, List<Problem> out) {
        collect(d, null, null, out);
    }

    private static void collect(Diagnostic d, EObject outerObject, EStructuralFeature outerFeature, List<Problem> out) {
        EObject object = outerObject;
        EStructuralFeature feature = outerFeature;
        for (Object o : d.getData()) {
            // The data (value, then the model's data type) also holds Ecore elements: skip those.
            if (o instanceof EObject e && !(o instanceof org.eclipse.emf.ecore.EModelElement) && object == outerObject) {
                object = e;
            } else if (o instanceof EStructuralFeature f && feature == outerFeature) {
                feature = f;
            }
        }
        if (d.getChildren().isEmpty() && d.getSeverity() >= Diagnostic.WARNING) {
            String where = object == null ? "" : Labels.describe(object) + ": ";
            String what = feature == null ? "" : "'" + Labels.xmlName(feature) + "' ";
            String range = rangeMessage(d, object, feature);
            out.add(Problem.at(d.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING,
                    range != null ? range : where + what + cleanMessage(d.getMessage()), object, feature));
        }
        for (Diagnostic c : d.getChildren()) {
            collect(c, object, feature, out);
        }
    }

    /**
     * A number outside its data type's range, said the way the issue tracker and libvirt's
     * documentation say it: "VLAN tag 5000 is outside 0-4095 (interface 2, MAC 52:54:00:12:34:56)".
     * EMF's facet check gives the value and the bound it broke; the range is the attribute type's facets.
     */
    private static String rangeMessage(Diagnostic d, EObject object, EStructuralFeature feature) {
        if (object == null || d.getCode() != EObjectValidator.DATA_VALUE__VALUE_IN_RANGE || d.getData().isEmpty()
                || !(feature != null && feature.getEType() instanceof EDataType type)) {
            return null;
        }
        String min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(type);
        String max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(type);
        if (min == null || max == null) {
            return null;
        }
        return Labels.field(object, feature) + " " + d.getData().get(0) + " is outside " + min + "-" + max + " ("
                + Labels.identify(object) + ")";
    }

    /** EMF's messages name implementation objects ("of 'InterfaceImpl@1f2e{...}'"); drop that part. */
    private static String cleanMessage(String m) {
        int i = m.indexOf(" of '");
        return i > 0 && m.indexOf("Impl@", i) > 0 ? m.substring(0, i) : m;
    }

    /** Values kept verbatim because the model's type could not hold them (see DomainResource). */
    private static void rawValues(Domain domain, java.util.function.Consumer<Problem> report) {
        for (var it = domain.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            EStructuralFeature wildcard = o.eClass().getEStructuralFeature("anyAttribute");
            if (wildcard == null) {
                continue;
            }
            for (FeatureMap.Entry e : (FeatureMap) o.eGet(wildcard)) {
                String name = ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature());
                EStructuralFeature typed = ExtendedMetaData.INSTANCE.getAttribute(o.eClass(), null, name);
                if (typed != null) {
                    report.accept(Problem.at(Severity.ERROR, Labels.describe(o) + ": '" + name + "' has the value '"
                            + e.getValue() + "', which is not one libvirt accepts here" + Labels.choices(typed), o, typed));
                }
            }
        }
    }
}
