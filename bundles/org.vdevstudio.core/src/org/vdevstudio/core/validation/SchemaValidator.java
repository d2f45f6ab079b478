package org.vdevstudio.core.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.model.domain.DomainPackage;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.resolver.AbstractResolver;
import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/**
 * Validates domain XML against libvirt's RelaxNG schema with Jing, as {@code virt-xml-validate}
 * does. The schema is the copy the model was generated from ({@code model/schema/} in the model
 * bundle), so model and validation agree. Give it only documents that loaded through
 * {@link org.vdevstudio.core.io.DomainXml}: that parser has already refused DTDs and entities.
 */
public final class SchemaValidator {

    /** How every message of this validator starts, so that a reader can tell schema errors from rule problems. */
    public static final String PREFIX = "schema: ";

    private final ValidationDriver driver;
    private final List<Problem> problems = new ArrayList<>();

    public SchemaValidator() throws IOException {
        PropertyMapBuilder p = new PropertyMapBuilder();
        p.put(ValidateProperty.ERROR_HANDLER, new Collector());
        p.put(ValidateProperty.RESOLVER, new JarRelativeResolver());
        driver = new ValidationDriver(p.toPropertyMap());
        URL schema = DomainPackage.class.getResource("/model/schema/domain.rng");
        if (schema == null) {
            throw new IOException("libvirt's schema is missing from the model bundle (model/schema/domain.rng)");
        }
        try {
            if (!driver.loadSchema(new InputSource(schema.toExternalForm()))) {
                throw new IOException("cannot load libvirt's schema " + schema + ": " + problems);
            }
        } catch (SAXException e) {
            throw new IOException("cannot load libvirt's schema " + schema + ": " + e.getMessage(), e);
        }
        problems.clear();
    }

    /** The schema errors of the document, each with its line and column. Not thread-safe. */
    public synchronized List<Problem> validate(byte[] xml) throws IOException {
        problems.clear();
        try {
            driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add(new Problem(Severity.ERROR, PREFIX + "not well-formed XML: " + e.getMessage(), null, null, 0, 0));
        }
        return List.copyOf(problems);
    }

    /**
     * Jing resolves a relative include against a {@code jar:} base wrongly (against the current
     * folder); java.net.URL does it right. That base is what the CLI sees (plain class path).
     */
    private static final class JarRelativeResolver extends AbstractResolver {
        @Override
        public void resolve(Identifier id, Input input) throws IOException {
            if (id.getBase() != null && id.getBase().startsWith("jar:")) {
                input.setUri(new URL(new URL(id.getBase()), id.getUriReference()).toExternalForm());
            }
        }
    }

    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            problems.add(problem(Severity.WARNING, e));
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(problem(Severity.ERROR, e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            problems.add(problem(Severity.ERROR, e));
        }

        private Problem problem(Severity s, SAXParseException e) {
            return new Problem(s, PREFIX + e.getMessage(), null, null, Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()));
        }
    }
}
