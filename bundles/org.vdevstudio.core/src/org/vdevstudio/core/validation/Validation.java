package org.vdevstudio.core.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vdevstudio.core.io.DomainResource;

/**
 * The full check of a domain document, the one the CLI, the editor's header and the Problems
 * view show: libvirt's schema (with each error mapped to its model object), the model's value
 * constraints and libvirt's semantic rules ({@link DeviceRules#all()}), sorted by position.
 */
public final class Validation {

    private static SchemaValidator schema;

    private Validation() {
    }

    /** Problems of {@code resource}, which was loaded from {@code xml} (null: model checks only). */
    public static List<Problem> check(byte[] xml, DomainResource resource) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (xml != null) {
            problems.addAll(schemaProblems(xml, resource));
        }
        if (resource != null && resource.getDomain() != null) {
            problems.addAll(DeviceRules.validator().validate(resource.getDomain()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    /** The schema errors of {@code xml}, given the model objects of {@code resource} (loaded from it) where found. */
    public static List<Problem> schemaProblems(byte[] xml, DomainResource resource) throws IOException {
        return SchemaLocator.locate(schema().validate(xml), xml, resource);
    }

    /** libvirt's schema, loaded once (it takes a moment) and shared; its validate is synchronized. */
    public static synchronized SchemaValidator schema() throws IOException {
        if (schema == null) {
            schema = new SchemaValidator();
        }
        return schema;
    }
}
