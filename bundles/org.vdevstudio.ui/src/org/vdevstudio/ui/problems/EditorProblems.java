package org.vdevstudio.ui.problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.core.validation.SharedHostDevices;
import org.vdevstudio.core.validation.Validation;

/**
 * The problems of an editor's domain as the Source page shows it: the model is written out (what
 * the Source page holds after any edit), read back so that every object knows its line, and fully
 * checked; each problem's object is then mapped back to the editor's own object (same URI
 * fragment), so that a form can select it. Host devices that other open editors' domains use are
 * warnings too (until the connector issue gives a connection's live domains).
 */
public final class EditorProblems {

    private EditorProblems() {
    }

    public static List<Problem> of(DomainResource resource, List<SharedHostDevices.Other> others) throws IOException {
        if (resource.getDomain() == null) {
            return List.of();
        }
        byte[] text = DomainXml.toBytes(resource);
        DomainResource scratch;
        try {
            scratch = DomainXml.load(new java.io.ByteArrayInputStream(text), "source", resource.getURI());
        } catch (DomainLoadException e) {
            return List.of(new Problem(Severity.ERROR, e.getReason(), null, null, e.getLine(), e.getColumn()));
        }
        List<Problem> found = new ArrayList<>(Validation.check(text, scratch));
        found.addAll(SharedHostDevices.check(scratch.getDomain(), others));
        List<Problem> result = new ArrayList<>(found.size());
        for (Problem p : found) {
            EObject own = p.object() == null ? null : resource.getEObject(EcoreUtil.getURI(p.object()).fragment());
            result.add(new Problem(p.severity(), p.message(), own, p.feature(), p.line(), p.column()));
        }
        result.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return result;
    }
}
