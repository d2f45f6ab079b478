package org.vdevstudio.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves libvirt domain XML through the model. Every failure becomes one
 * {@link DomainLoadException} naming the document, the line and column, and the reason.
 */
public final class DomainXml {

    /** Domain XML is a few kilobytes; anything past this is refused before parsing. */
    public static final long MAX_DOCUMENT_BYTES = Long.getLong("vdev.maxDocumentBytes", 32L * 1024 * 1024);

    private static final DomainResourceFactory FACTORY = new DomainResourceFactory();

    private DomainXml() {
    }

    /** A resource set whose resources are domain documents. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, FACTORY);
        return rs;
    }

    /** A new, empty domain resource for {@code uri} in its own resource set. */
    public static DomainResource createResource(URI uri) {
        return (DomainResource) newResourceSet().createResource(uri);
    }

    public static DomainResource load(Path file) throws DomainLoadException {
        String label = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw new DomainLoadException(label, 0, 0, "the file is " + megabytes(size)
                        + "; domain XML over " + megabytes(MAX_DOCUMENT_BYTES) + " is refused", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return load(in, label, URI.createFileURI(file.toAbsolutePath().toString()));
            }
        } catch (NoSuchFileException e) {
            throw new DomainLoadException(label, 0, 0, "no such file", e);
        } catch (DomainLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new DomainLoadException(label, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public static DomainResource load(String xml, String label) throws DomainLoadException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return load(bytes, label, URI.createURI("vdev:/" + URI.encodeSegment(label, false)));
    }

    /** Reads at most {@link #MAX_DOCUMENT_BYTES} from {@code in} and loads them. */
    public static DomainResource load(InputStream in, String label, URI uri) throws DomainLoadException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_BYTES + 1));
        } catch (IOException e) {
            throw new DomainLoadException(label, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new DomainLoadException(label, 0, 0,
                    "the document is larger than " + megabytes(MAX_DOCUMENT_BYTES) + "; refused", null);
        }
        return load(bytes, label, uri);
    }

    private static DomainResource load(byte[] bytes, String label, URI uri) throws DomainLoadException {
        if (isBlank(bytes)) {
            throw new DomainLoadException(label, 0, 0, "the document is empty", null);
        }
        DomainResource r = createResource(uri);
        r.setXmlDeclaration(startsWithDeclaration(bytes));
        try {
            r.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw translate(label, e, r, bytes);
        } catch (RuntimeException e) {
            throw new DomainLoadException(label, 0, 0, "cannot load: " + e, e);
        }
        if (!r.getErrors().isEmpty()) {
            throw translate(label, (Exception) r.getErrors().get(0), r, bytes);
        }
        if (r.getDomain() == null) {
            throw new DomainLoadException(label, 0, 0, "not a libvirt domain: there is no <domain> element", null);
        }
        return r;
    }

    /** The document as libvirt XML text. */
    public static byte[] toBytes(DomainResource r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DECLARE_XML, r.hasXmlDeclaration());
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, DomainResourceFactory.LOOKUP_TABLE.get());
        r.save(out, options);
        byte[] bytes = out.toByteArray();
        bytes = r.hasXmlDeclaration() ? bytes : stripLeadingNewline(bytes);
        // SAX does not report what follows the root element: end the file as libvirt does.
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            bytes[bytes.length - 1] = '\n';
        }
        return bytes;
    }

    public static String toString(DomainResource r) throws IOException {
        return new String(toBytes(r), StandardCharsets.UTF_8);
    }

    /** Saves atomically: the file holds the old or the new content, never a mix. */
    public static void save(DomainResource r, Path file) throws IOException {
        AtomicFile.write(file, toBytes(r));
    }

    private static DomainLoadException translate(String label, Exception e, DomainResource r, byte[] bytes) {
        Throwable cause = e;
        while (cause instanceof Resource.IOWrappedException && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (isUtf8Error(cause)) {
            // The parser's own message ("Invalid byte 2 of 3-byte UTF-8 sequence") names neither
            // the likely cause nor always the right line: find the first bad byte ourselves.
            int line = firstMalformedUtf8Line(bytes);
            if (line > 0) {
                return new DomainLoadException(label, line, 0, "not valid UTF-8 at line " + line
                        + " (declare the file's encoding, e.g. <?xml version='1.0' encoding='ISO-8859-1'?>, or convert it to UTF-8)", e);
            }
        }
        if (cause instanceof SAXParseException sax) {
            return new DomainLoadException(label, sax.getLineNumber(), sax.getColumnNumber(), saxReason(sax), e);
        }
        if (cause instanceof XMIException x) {
            String reason = x.getMessage();
            if ((x instanceof FeatureNotFoundException || x instanceof PackageNotFoundException
                    || x instanceof ClassNotFoundException) && r.getDomain() == null) {
                reason = "not a libvirt domain: the root element is not <domain>";
            } else if (x instanceof IllegalValueException v) {
                reason = illegalValue(v);
            }
            return new DomainLoadException(label, x.getLine(), x.getColumn(), reason, e);
        }
        return new DomainLoadException(label, 0, 0, "cannot load: " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), e);
    }

    /**
     * Names the value, the element and what the model expects. Attribute values the model cannot
     * hold are kept raw (see {@link DomainResource}); this is the text of an element whose
     * content is typed ({@code <currentMemory>}, {@code <type>} of {@code <os>}), which the model
     * has no place to keep verbatim.
     */
    private static String illegalValue(IllegalValueException v) {
        ExtendedMetaData md = ExtendedMetaData.INSTANCE;
        EStructuralFeature f = v.getFeature();
        if (f == null) {
            return "invalid value '" + abbreviate(v.getValue()) + "'";
        }
        EStructuralFeature element = f;
        if (md.getFeatureKind(f) == ExtendedMetaData.SIMPLE_FEATURE && v.getObject() != null
                && v.getObject().eContainingFeature() != null) {
            element = v.getObject().eContainingFeature();
        }
        String where = md.getFeatureKind(element) == ExtendedMetaData.ATTRIBUTE_FEATURE
                ? "attribute " + md.getName(element) : "<" + md.getName(element) + ">";
        String expected;
        if (f.getEType() instanceof EEnum e) {
            expected = "one of " + e.getELiterals().stream().limit(12).map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "))
                    + (e.getELiterals().size() > 12 ? ", \u2026" : "");
        } else {
            EDataType base = f.getEType() instanceof EDataType t && md.getBaseType(t) != null ? md.getBaseType(t) : null;
            expected = "a value of type " + (base != null ? base.getName() : f.getEType().getName());
        }
        return "invalid value '" + abbreviate(v.getValue()) + "' in " + where + ": expected " + expected;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026";
    }

    private static String saxReason(SAXParseException sax) {
        String m = String.valueOf(sax.getMessage());
        if (m.contains("DOCTYPE is disallowed")) {
            return "a DOCTYPE is not allowed in domain XML (entities, internal or external, are never expanded)";
        }
        if (m.contains("maxElementDepth") || m.contains("elementDepth")) {
            return "elements are nested deeper than " + DomainResourceFactory.MAX_ELEMENT_DEPTH + " levels";
        }
        if (m.contains("Premature end of file") || m.contains("XML document structures must start and end")) {
            return "the document ends too early (truncated?): " + m;
        }
        if (m.contains("Content is not allowed in prolog")) {
            return "not XML: " + m;
        }
        return "not well-formed XML: " + m;
    }

    private static boolean isUtf8Error(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // Xerces: "Invalid byte 1 of 1-byte UTF-8 sequence.", "Expected byte 2 of 3-byte UTF-8 sequence."
            if (c instanceof CharConversionException && String.valueOf(c.getMessage()).contains("UTF-8")
                    || String.valueOf(c.getMessage()).contains("UTF-8 sequence")) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, or 0 when all of it is. */
    private static int firstMalformedUtf8Line(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.clear();
            if (result.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
            if (result.isUnderflow()) {
                return 0;
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the document starts with {@code <?xml}, after a UTF-8 or UTF-16 byte order mark. */
    private static boolean startsWithDeclaration(byte[] b) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        return new String(b, skip, Math.min(b.length - skip, 10), charset).startsWith("<?xml");
    }

    /** Without a declaration EMF still starts with a line break; libvirt's files start with the root. */
    private static byte[] stripLeadingNewline(byte[] b) {
        int i = 0;
        while (i < b.length && (b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        return i == 0 ? b : java.util.Arrays.copyOfRange(b, i, b.length);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
