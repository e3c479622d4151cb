package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AkomaNtosoImporterHostileInputTest {

    private static final String ROOT = "<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\">";

    @Test
    void refusesExternalEntityWithoutReadingIt() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + ROOT + "<act><body><article><num>1</num><content><p>&xxe;</p></content></article></body></act>"
                + "</akomaNtoso>";

        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml));

        assertEquals("import.xml.dtd", refused.getMessageKey());
        assertTrue(refused.getLocation().startsWith("line 2"), refused.getLocation());
        String everythingSaid = refused.getMessage() + Arrays.toString(refused.getArguments());
        assertFalse(everythingSaid.contains("root:"), everythingSaid);
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).get(0);
            assertFalse(everythingSaid.contains(firstLine), everythingSaid);
        }
    }

    @Test
    void refusesEntityDefinedInALocalExternalDtdWithoutLeakingIt(@TempDir Path folder) throws Exception {
        Path dtd = folder.resolve("secret.dtd");
        Files.writeString(dtd, "<!ENTITY secret \"LEAKED-SECRET-VALUE\">");
        String xml = "<!DOCTYPE akomaNtoso SYSTEM \"" + dtd.toUri() + "\">\n"
                + ROOT + "<act><body><article><num>1</num><content><p>&secret;</p></content></article></body>"
                + "</act></akomaNtoso>";

        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml));

        assertEquals("import.xml.dtd", refused.getMessageKey());
        assertFalse(refused.getMessage().contains("LEAKED-SECRET-VALUE"));
    }

    @Test
    void refusesExternalDtdWithoutFetchingIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso SYSTEM \"http://127.0.0.1:"
                    + server.getLocalPort() + "/akn.dtd\">\n" + ROOT
                    + "<act><body><article><num>1</num><content><p>Text</p></content></article></body></act>"
                    + "</akomaNtoso>";

            DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml));

            assertEquals("import.xml.dtd", refused.getMessageKey());
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "the parser connected to fetch the DTD");
        }
    }

    @Test
    void refusesBillionLaughsWithoutExpandingIt() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                entities.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            entities.append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [" + entities + "]>\n" + ROOT
                + "<act><body><article><num>1</num><content><p>&lol9;</p></content></article></body></act>"
                + "</akomaNtoso>";

        DraftImportException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml)));

        assertEquals("import.xml.dtd", refused.getMessageKey());
        assertFalse(refused.getMessage().contains("lollol"));
    }

    @Test
    void refusesUndeclaredEntityAsMalformed() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                ROOT + "<act><body><article><num>1</num><content><p>a&nbsp;b</p></content></article></body></act>"
                        + "</akomaNtoso>"));

        assertEquals("import.xml.malformed", refused.getMessageKey());
    }

    @Test
    void refusesUnclosedTagGivingLineAndColumn() {
        String xml = ROOT + "\n  <act>\n    <body>\n      <article><num>1</num>\n    </body>\n  </act>\n</akomaNtoso>";

        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml));

        assertEquals("import.xml.malformed", refused.getMessageKey());
        assertEquals(5, refused.getArguments()[0]);
        assertTrue(refused.getLocation().startsWith("line 5, column "), refused.getLocation());
        assertTrue(refused.getMessage().startsWith("The file is not well-formed XML at line 5, column "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("article"), refused.getMessage());
    }

    @Test
    void refusesEmptyFileAsMalformed() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(""));

        assertEquals("import.xml.malformed", refused.getMessageKey());
    }

    @Test
    void refusesForeignRootNamespaceNamingIt() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Article 1</p></body></html>"));

        assertEquals("import.xml.namespace.foreign", refused.getMessageKey());
        assertTrue(refused.getMessage().contains("http://www.w3.org/1999/xhtml"), refused.getMessage());
    }

    @Test
    void refusesRootWithoutNamespace() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                "<akomaNtoso><act><body><article><num>1</num></article></body></act></akomaNtoso>"));

        assertEquals("import.xml.namespace.foreign", refused.getMessageKey());
        assertEquals("(none)", refused.getArguments()[0]);
    }

    @Test
    void refusesAkomaNtosoNamespaceOnAnotherRootElement() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                "<act xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\"><body/></act>"));

        assertEquals("import.xml.root", refused.getMessageKey());
        assertEquals("act", refused.getArguments()[0]);
    }

    @Test
    void refusesNestingDeeperThanTheCap() {
        int levels = HardenedXmlReader.MAX_DEPTH + 10;
        String xml = ROOT + "<act><body><article><num>1</num>"
                + "<hcontainer name=\"x\">".repeat(levels) + "<content><p>deep</p></content>"
                + "</hcontainer>".repeat(levels) + "</article></body></act></akomaNtoso>";

        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(xml));

        assertEquals("import.xml.tooDeep", refused.getMessageKey());
        assertEquals(HardenedXmlReader.MAX_DEPTH, refused.getArguments()[0]);
    }

    @Test
    void acceptsNestingJustUnderTheCap() throws Exception {
        int levels = HardenedXmlReader.MAX_DEPTH - 10;
        String xml = ROOT + "<act><body><article><num>1</num>"
                + "<hcontainer name=\"x\">".repeat(levels) + "<content><p>deep</p></content>"
                + "</hcontainer>".repeat(levels) + "</article></body></act></akomaNtoso>";

        DraftOutline outline = Fixtures.aknText(xml);

        assertEquals(1, outline.getArticles().size());
    }

    @Test
    void refusesFileOverTwentyMegabytesWithoutParsingIt() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < HardenedXmlReader.MAX_BYTES + 1L ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = HardenedXmlReader.MAX_BYTES + 1L - served;
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + count, (byte) ' ');
                served += count;
                return count;
            }
        };

        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> new AkomaNtosoImporter().read(endless, "huge.xml"));

        assertEquals("import.xml.tooLarge", refused.getMessageKey());
        assertEquals(20, refused.getArguments()[0]);
    }

    @Test
    void readsUtf16FileDeclaringItsEncoding() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + ROOT
                + "<act><body><article><num>Άρθρο 1</num><content><p>Κείμενο</p></content></article></body></act>"
                + "</akomaNtoso>";

        DraftOutline outline = new AkomaNtosoImporter().read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), "utf16.xml");

        assertEquals("Κείμενο", outline.getArticles().get(0).getText());
    }
}
