package org.vdevstudio.ui.problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
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
 * The problems of an editor's domain as the Source page shows it, in two steps. Off the UI
 * thread, the model's text (what the Source page holds after any edit) is read into a scratch
 * copy, so that every object knows its line, and fully checked; each problem keeps the URI
 * fragment of its object. Back on the UI thread, with the model unchanged since the text was
 * written, each fragment names the editor's own object, so that a form can select it.
 */
final class EditorProblems {

    /** A problem found in the scratch copy, and where its object is in any copy of the same text (null: none). */
    record Found(Problem problem, String fragment) {
    }

    private EditorProblems() {
    }

    /**
     * Checks {@code text} against libvirt's schema and rules, and its host devices against
     * {@code others} (which must not change meanwhile: give copies). Safe on any thread.
     */
    static List<Found> check(byte[] text, URI uri, List<SharedHostDevices.Other> others) throws IOException {
        DomainResource scratch;
        try {
            scratch = DomainXml.load(new ByteArrayInputStream(text), "source", uri);
        } catch (DomainLoadException e) {
            return List.of(new Found(new Problem(Severity.ERROR, e.getReason(), null, null, e.getLine(), e.getColumn()), null));
        }
        List<Problem> problems = new ArrayList<>(Validation.check(text, scratch));
        problems.addAll(SharedHostDevices.check(scratch.getDomain(), others));
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        List<Found> found = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            found.add(new Found(p, p.object() == null ? null : EcoreUtil.getURI(p.object()).fragment()));
        }
        return found;
    }

    /** The problems on {@code resource}'s own objects; only while its model is what the checked text says. */
    static List<Problem> resolve(List<Found> found, DomainResource resource) {
        List<Problem> result = new ArrayList<>(found.size());
        for (Found f : found) {
            Problem p = f.problem();
            EObject own = f.fragment() == null ? null : resource.getEObject(f.fragment());
            result.add(new Problem(p.severity(), p.message(), own, p.feature(), p.line(), p.column()));
        }
        return result;
    }
}
