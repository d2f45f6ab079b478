package org.vdevstudio.core.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.vdevstudio.model.domain.DocumentRoot;

/**
 * One element's text within its document's serialisation, without serialising the whole
 * document: after an edit confined to one device of a large domain, the Source page replaces just
 * that device's text. Both answers are exactly what {@link DomainXml#toString} would give for the
 * element, or null when that cannot be promised (the caller then serialises the whole document).
 */
public final class ElementText {

    /** A prefixed element or attribute name: namespaces are declared document-wide, so such text is not local. */
    private static final Pattern PREFIXED = Pattern.compile("(<|\\s)[A-Za-z_][\\w.-]*:[\\w.-]+");

    private ElementText() {
    }

    /**
     * The text of {@code element} as the serialisation of its whole document writes it (from its
     * start tag to the end of its end tag). Made by serialising a copy of the element inside empty
     * copies of its ancestors; null for an element in no domain document, or one with namespaces.
     */
    public static String of(EObject element) throws IOException {
        Deque<String> names = new ArrayDeque<>();
        EObject original = element;
        EObject scratch = EcoreUtil.copy(element);
        while (!(original.eContainer() instanceof DocumentRoot)) {
            EObject parent = original.eContainer();
            if (parent == null || parent.eContainer() == null) {
                return null;
            }
            EObject scratchParent = EcoreUtil.create(parent.eClass());
            FeatureMap content = mixed(scratchParent);
            if (content == null) {
                return null;
            }
            // eContainmentFeature names the element (the entry's feature, for content in a mixed map)
            content.add(original.eContainmentFeature(), scratch);
            names.push(ExtendedMetaData.INSTANCE.getName(parent.eContainmentFeature()));
            original = parent;
            scratch = scratchParent;
        }
        DocumentRoot root = (DocumentRoot) EcoreUtil.create(original.eContainer().eClass());
        root.eSet(original.eContainmentFeature(), scratch);
        DomainResource r = DomainXml.createResource(URI.createURI("vdev:/element"));
        r.getContents().add(root);
        String all = DomainXml.toString(r);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder("\n");
        for (String name : names) {
            open.append('<').append(name).append('>');
            close.insert(0, "</" + name + ">");
        }
        if (!all.startsWith(open.toString()) || !all.endsWith(close.toString()) || all.length() < open.length() + close.length()) {
            return null;
        }
        String text = all.substring(open.length(), all.length() - close.length());
        return isLocal(text) ? text : null;
    }

    /**
     * Where {@code element} is in {@code text}, the serialisation of its document: {start, end},
     * or null when the text does not have it there (or it is not local, see {@link #of}).
     */
    public static int[] find(String text, EObject element) {
        Deque<Integer> path = new ArrayDeque<>();
        EObject o = element;
        while (!(o.eContainer() instanceof DocumentRoot)) {
            EObject parent = o.eContainer();
            int index = parent == null ? -1 : elementIndex(parent, o);
            if (index < 0) {
                return null;
            }
            path.push(index);
            o = parent;
        }
        int[] region = XmlRegions.rootElement(text);
        for (int index : path) {
            if (region == null) {
                return null;
            }
            region = XmlRegions.childElement(text, region, index);
        }
        return region != null && isLocal(text.substring(region[0], region[1])) ? region : null;
    }

    /** No namespace declaration and no prefixed name: the text means the same wherever it stands. */
    static boolean isLocal(String text) {
        return !text.contains("xmlns") && !PREFIXED.matcher(text).find();
    }

    private static FeatureMap mixed(EObject o) {
        EAttribute mixed = ExtendedMetaData.INSTANCE.getMixedFeature(o.eClass());
        return mixed == null ? null : (FeatureMap) o.eGet(mixed);
    }

    /** The position of {@code child} among the elements (not text, comments, PIs) of {@code parent}'s content. */
    private static int elementIndex(EObject parent, EObject child) {
        FeatureMap map = mixed(parent);
        if (map == null) {
            return -1;
        }
        int index = 0;
        for (FeatureMap.Entry e : map) {
            if (e.getValue() == child) {
                return index;
            }
            EStructuralFeature f = e.getEStructuralFeature();
            if (!FeatureMapUtil.isText(f) && !FeatureMapUtil.isCDATA(f) && !FeatureMapUtil.isComment(f)
                    && !FeatureMapUtil.isProcessingInstruction(f)) {
                index++;
            }
        }
        return -1;
    }
}
