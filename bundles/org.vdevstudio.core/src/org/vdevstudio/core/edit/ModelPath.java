package org.vdevstudio.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A way from a device down to the element that carries some attributes: interface → vlan → tag
 * (the first of a list). Reads give null where an element is missing; a write creates the missing
 * elements, and clearing the last attribute of an element removes it: {@code <vlan>} goes away
 * with its tag. Each write is one command.
 */
public final class ModelPath {

    private final List<EReference> steps;

    private ModelPath(List<EReference> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The path through these element features; none for an attribute of the device itself. */
    public static ModelPath of(EReference... steps) {
        return new ModelPath(List.of(steps));
    }

    /** The element at the end of the path, or null when one on the way is missing. */
    public EObject resolve(EObject root) {
        EObject o = root;
        for (EReference r : steps) {
            o = o == null ? null : child(o, r);
        }
        return o;
    }

    /** The value of {@code attribute} of the element at the end, or null. */
    public Object get(EObject root, EAttribute attribute) {
        EObject leaf = resolve(root);
        return leaf == null || !leaf.eIsSet(attribute) ? null : leaf.eGet(attribute);
    }

    /**
     * The command that gives the attributes these values (null: unset), or null when nothing
     * would change.
     */
    public Command set(EditingDomain domain, String label, EObject root, Map<EAttribute, Object> values) {
        List<EObject> chain = new ArrayList<>();
        EObject o = root;
        chain.add(o);
        for (EReference r : steps) {
            o = child(o, r);
            if (o == null) {
                break;
            }
            chain.add(o);
        }
        boolean allNull = values.values().stream().allMatch(Objects::isNull);
        if (chain.size() <= steps.size()) {
            return allNull ? null : create(label, chain.get(chain.size() - 1), chain.size() - 1, values);
        }
        EObject leaf = chain.get(chain.size() - 1);
        boolean changes = values.entrySet().stream()
                .anyMatch(e -> !Objects.equals(leaf.eIsSet(e.getKey()) ? leaf.eGet(e.getKey()) : null, e.getValue()));
        if (!changes) {
            return null;
        }
        if (allNull && leaf != root && isEmptyWithout(leaf, values.keySet(), null)) {
            EObject top = leaf;
            while (top.eContainer() != root && isEmptyWithout(top.eContainer(), List.of(), top)) {
                top = top.eContainer();
            }
            return Indentation.remove(label, top);
        }
        CompoundCommand c = new CompoundCommand(label);
        for (Map.Entry<EAttribute, Object> e : values.entrySet()) {
            c.append(new SetCommand(domain, leaf, e.getKey(), e.getValue() == null ? SetCommand.UNSET_VALUE : e.getValue()));
        }
        return c;
    }

    /** Builds the missing elements from step {@code from} on, detached, then inserts them as one edit. */
    private Command create(String label, EObject existing, int from, Map<EAttribute, Object> values) {
        EObject top = null;
        EObject parent = null;
        for (int i = from; i < steps.size(); i++) {
            EReference r = steps.get(i);
            EObject created = EcoreUtil.create(r.getEReferenceType());
            if (parent == null) {
                top = created;
            } else {
                addChild(parent, r, created);
            }
            parent = created;
        }
        for (Map.Entry<EAttribute, Object> e : values.entrySet()) {
            if (e.getValue() != null) {
                parent.eSet(e.getKey(), e.getValue());
            }
        }
        return Indentation.insertAfter(label, existing, steps.get(from), top, null);
    }

    @SuppressWarnings("unchecked")
    private static void addChild(EObject parent, EReference r, EObject child) {
        if (r.isMany()) {
            ((EList<EObject>) parent.eGet(r)).add(child);
        } else {
            parent.eSet(r, child);
        }
    }

    private static EObject child(EObject o, EReference r) {
        if (r.isMany()) {
            List<?> l = (List<?>) o.eGet(r);
            return l.isEmpty() ? null : (EObject) l.get(0);
        }
        return (EObject) o.eGet(r);
    }

    /** Whether {@code o} has no attribute but {@code ignored} and no content but {@code ignoredChild}. */
    private static boolean isEmptyWithout(EObject o, java.util.Collection<EAttribute> ignored, EObject ignoredChild) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (FeatureMapUtil.isFeatureMap(a)) {
                continue;
            }
            if (!ignored.contains(a) && o.eIsSet(a)) {
                return false;
            }
        }
        EStructuralFeature anyAttribute = o.eClass().getEStructuralFeature("anyAttribute");
        if (anyAttribute != null && !((FeatureMap) o.eGet(anyAttribute)).isEmpty()) {
            return false;
        }
        for (FeatureMap.Entry e : Indentation.mixed(o)) {
            if (!Indentation.isText(e) && e.getValue() != ignoredChild) {
                return false;
            }
        }
        return true;
    }
}
