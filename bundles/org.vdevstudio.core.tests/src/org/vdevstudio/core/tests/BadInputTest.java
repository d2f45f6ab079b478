package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/** Hostile and broken input gets one clear error with its location; nothing is expanded or fetched. */
class BadInputTest {

    @TempDir
    Path dir;

    private DomainLoadException refused(String xml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DomainLoadException.class, () -> DomainXml.load(xml, "bad.xml")));
    }

    @Test
    void externalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        DomainLoadException e = refused("<?xml version='1.0'?>\n<!DOCTYPE domain [<!ENTITY x SYSTEM '"
                + secret.toUri() + "'>]>\n<domain type='kvm'><name>&x;</name></domain>");
        assertTrue(e.getReason().contains("DOCTYPE is not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertEquals(2, e.getLine());
    }

    @Test
    void externalEntityByUrlIsNeverFetched() {
        DomainLoadException e = refused("<!DOCTYPE domain SYSTEM 'http://127.0.0.1:9/evil.dtd'><domain/>");
        assertTrue(e.getReason().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" '").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("'>");
        }
        b.append("]><domain><name>&lol9;</name></domain>");
        assertTrue(refused(b.toString()).getReason().contains("DOCTYPE"));
    }

    @Test
    void quadraticBlowup() {
        String big = "x".repeat(50_000);
        String xml = "<!DOCTYPE d [<!ENTITY a '" + big + "'>]><domain><name>" + "&a;".repeat(50_000) + "</name></domain>";
        assertTrue(refused(xml).getReason().contains("DOCTYPE"));
    }

    @Test
    void deepNesting() {
        String xml = "<domain><metadata>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</metadata></domain>";
        DomainLoadException e = refused(xml);
        assertTrue(e.getReason().contains("nested deeper"), e.getMessage());
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write("<domain type='kvm'><name>huge</name><description>".getBytes(StandardCharsets.US_ASCII));
            f.setLength(200L * 1024 * 1024);
        }
        DomainLoadException e = assertThrows(DomainLoadException.class, () -> DomainXml.load(huge));
        assertTrue(e.getReason().contains("200.0 MiB") && e.getReason().contains("refused"), e.getMessage());
        assertEquals(huge.toString(), e.getSource());
    }

    @Test
    void binaryGarbage() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        DomainLoadException e = refused(new String(junk, StandardCharsets.ISO_8859_1));
        assertTrue(e.getMessage().startsWith("bad.xml:"), e.getMessage());
    }

    @Test
    void emptyDocument() {
        assertEquals("the document is empty", refused("  \n").getReason());
    }

    @Test
    void wrongRootElement() {
        DomainLoadException e = refused("<network><name>default</name></network>");
        assertTrue(e.getReason().startsWith("not a libvirt domain"), e.getMessage());
    }

    @Test
    void truncatedDocumentNamesTheLine() {
        DomainLoadException e = refused("<domain type='kvm'>\n  <name>t</name>\n  <devices>\n");
        assertTrue(e.getReason().contains("ends too early"), e.getMessage());
        assertTrue(e.getLine() >= 3, e.getMessage());
    }

    @Test
    void declaredNonUtf8EncodingIsRead() throws Exception {
        byte[] latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><domain type='kvm'><name>x</name><description>caf\u00e9</description></domain>"
                .getBytes(StandardCharsets.ISO_8859_1);
        DomainResource r = loadBytes(latin1, "latin1.xml");
        assertEquals("caf\u00e9", r.getDomain().getDescription());
    }

    @Test
    void xincludeIsKeptAsMetadataAndNothingIsIncluded() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        for (String href : new String[] {"file:///etc/passwd", secret.toUri().toString()}) {
            String xml = "<domain type='kvm' xmlns:xi='http://www.w3.org/2001/XInclude'>\n  <name>xi</name>\n"
                    + "  <metadata>\n    <xi:include href='" + href + "' parse='text'/>\n  </metadata>\n</domain>\n";
            String saved = DomainXml.toString(DomainXml.load(xml, "xi.xml"));
            assertTrue(saved.contains("<xi:include href=\"" + href + "\" parse=\"text\"/>"), saved);
            assertFalse(saved.contains("TOP-SECRET") || saved.contains("root:"), saved);
        }
    }

    @Test
    void undeclaredLatin1IsRefusedWithTheLine() {
        byte[] latin1 = "<domain type='kvm'>\n  <name>x</name>\n  <description>caf\u00e9 cr\u00e8me</description>\n</domain>\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        DomainLoadException e = assertThrows(DomainLoadException.class, () -> loadBytes(latin1, "latin1.xml"));
        assertTrue(e.getReason().startsWith("not valid UTF-8 at line 3"), e.getMessage());
        assertEquals(3, e.getLine(), e.getMessage());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-16'?>\n<domain type='kvm'><name>x</name><description>caf\u00e9 \u20ac</description></domain>\n";
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            byte[] bytes = ("\ufeff" + xml).getBytes(cs);
            DomainResource r = loadBytes(bytes, "utf16.xml");
            assertEquals("caf\u00e9 \u20ac", r.getDomain().getDescription(), cs.name());
            assertTrue(r.hasXmlDeclaration(), cs.name());
            String saved = new String(DomainXml.toBytes(r), StandardCharsets.UTF_8);
            assertTrue(saved.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), saved);
        }
    }

    @Test
    void hugeStreamIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long left = 200L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }
        };
        DomainLoadException e = assertThrows(DomainLoadException.class,
                () -> DomainXml.load(endless, "huge.xml", URI.createURI("vdev:/huge.xml")));
        assertTrue(e.getReason().contains("larger than") && e.getReason().contains("refused"), e.getMessage());
    }

    private static DomainResource loadBytes(byte[] bytes, String label) throws DomainLoadException {
        return DomainXml.load(new ByteArrayInputStream(bytes), label, URI.createURI("vdev:/" + label));
    }

    /** Found by FuzzTest: EMF's "Value 'off' is not legal. (uri, 3, 41)" named neither the element nor what fits. */
    @Test
    void typedElementTextThatDoesNotFitNamesTheElementAndWhatFits() {
        DomainLoadException e = refused("<domain type='kvm'>\n  <name>x</name>\n  <currentMemory unit='KiB'>off</currentMemory>\n</domain>");
        assertTrue(e.getReason().startsWith("invalid value 'off' in <currentMemory>: expected "), e.getMessage());
        assertEquals(3, e.getLine(), e.getMessage());

        e = refused("<domain type='kvm'><name>x</name><os><type arch='x86_64'>usb</type></os></domain>");
        assertTrue(e.getReason().startsWith("invalid value 'usb' in <type>: expected one of ") && e.getReason().contains("hvm"),
                e.getMessage());
    }

    @Test
    void missingFile() {
        DomainLoadException e = assertThrows(DomainLoadException.class, () -> DomainXml.load(dir.resolve("nope.xml")));
        assertEquals("no such file", e.getReason());
    }
}
