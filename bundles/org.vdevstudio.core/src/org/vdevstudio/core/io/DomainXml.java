package org.vdevstudio.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
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
            throw translate(label, e, r);
        } catch (RuntimeException e) {
            throw new DomainLoadException(label, 0, 0, "cannot load: " + e, e);
        }
        if (!r.getErrors().isEmpty()) {
            throw translate(label, (Exception) r.getErrors().get(0), r);
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

    private static DomainLoadException translate(String label, Exception e, DomainResource r) {
        Throwable cause = e;
        while (cause instanceof Resource.IOWrappedException && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException sax) {
            return new DomainLoadException(label, sax.getLineNumber(), sax.getColumnNumber(), saxReason(sax), e);
        }
        if (cause instanceof XMIException x) {
            String reason = x.getMessage();
            if ((x instanceof FeatureNotFoundException || x instanceof PackageNotFoundException
                    || x instanceof ClassNotFoundException) && r.getDomain() == null) {
                reason = "not a libvirt domain: the root element is not <domain>";
            } else if (x.getMessage() != null && x.getMessage().startsWith("Value '")) {
                reason = "invalid value: " + x.getMessage();
            }
            return new DomainLoadException(label, x.getLine(), x.getColumn(), reason, e);
        }
        return new DomainLoadException(label, 0, 0, "cannot load: " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), e);
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

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithDeclaration(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
        return b.length >= i + 5 && b[i] == '<' && b[i + 1] == '?' && b[i + 2] == 'x' && b[i + 3] == 'm' && b[i + 4] == 'l';
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
