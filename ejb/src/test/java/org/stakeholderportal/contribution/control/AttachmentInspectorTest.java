package org.stakeholderportal.contribution.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stakeholderportal.platform.Refusal;

class AttachmentInspectorTest {

    @TempDir
    Path dir;

    // ---- accepted documents -------------------------------------------------------------------

    @Test
    void minimalPdfIsAcceptedAsPdf() throws IOException {
        assertEquals(AttachmentType.PDF, inspect("comment.pdf", Fixtures.pdf()));
    }

    @Test
    void docxIsAcceptedAsDocx() throws IOException {
        assertEquals(AttachmentType.DOCX, inspect("comment.docx", Fixtures.docx().bytes()));
    }

    @Test
    void docxWhoseFirstEntryIsNeitherContentTypesNorRelsIsStillDocx() throws IOException {
        // tika-core's OOXML magic only sees the first entry; here it answers plain application/zip
        byte[] docx = new Fixtures.Zip()
                .deflated("docProps/app.xml", "<Properties/>")
                .deflated("word/document.xml", Fixtures.WORD_DOCUMENT)
                .deflated("_rels/.rels", Fixtures.ROOT_RELS)
                .deflated("[Content_Types].xml", Fixtures.CONTENT_TYPES)
                .bytes();
        assertEquals(AttachmentType.DOCX, inspect("comment.docx", docx));
    }

    @Test
    void odtIsAcceptedAsOdt() throws IOException {
        assertEquals(AttachmentType.ODT, inspect("comment.odt", Fixtures.odt().bytes()));
    }

    @Test
    void typeIsDecidedByContentNotByFileName() throws IOException {
        assertEquals(AttachmentType.PDF, inspect("comment.exe", Fixtures.pdf()));
        assertEquals(AttachmentType.PDF, inspect("comment.docx", Fixtures.pdf()));
        assertEquals(AttachmentType.DOCX, inspect("comment.pdf", Fixtures.docx().bytes()));
        assertEquals(AttachmentType.ODT, inspect("comment", Fixtures.odt().bytes()));
    }

    @Test
    void attachmentTypesCarryTheirMediaTypeAndExtension() {
        assertEquals("application/pdf", AttachmentType.PDF.mediaType());
        assertEquals("pdf", AttachmentType.PDF.extension());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                AttachmentType.DOCX.mediaType());
        assertEquals("docx", AttachmentType.DOCX.extension());
        assertEquals("application/vnd.oasis.opendocument.text", AttachmentType.ODT.mediaType());
        assertEquals("odt", AttachmentType.ODT.extension());
    }

    // ---- size -----------------------------------------------------------------------------------

    @Test
    void emptyUploadIsRefusedAsEmpty() throws IOException {
        Path file = write("comment.pdf", new byte[0]);
        Refusal refusal = assertThrows(Refusal.class, () -> AttachmentInspector.inspect(file, 0));
        assertEquals("attachment.empty", refusal.getMessageKey());
        assertEquals(0, refusal.getArguments().length);
    }

    @Test
    void fileThatIsEmptyOnDiskIsRefusedAsEmptyWhateverSizeWasDeclared() throws IOException {
        Path file = write("comment.pdf", new byte[0]);
        assertRefused("attachment.empty", file, 4096);
    }

    @Test
    void declaredSizeAboveTenMegabytesIsRefusedAsTooLargeWithTheLimitAsArgument() throws IOException {
        Path file = write("comment.pdf", Fixtures.pdf());
        Refusal refusal = assertThrows(Refusal.class,
                () -> AttachmentInspector.inspect(file, AttachmentInspector.MAX_BYTES + 1));
        assertEquals("attachment.tooLarge", refusal.getMessageKey());
        assertArrayEquals(new Object[] {10}, refusal.getArguments());
    }

    @Test
    void declaredSizeOfExactlyTenMegabytesIsAllowed() throws IOException {
        assertEquals(10L * 1024 * 1024, AttachmentInspector.MAX_BYTES);
        Path file = write("comment.pdf", Fixtures.pdf());
        assertEquals(AttachmentType.PDF, AttachmentInspector.inspect(file, AttachmentInspector.MAX_BYTES));
    }

    @Test
    void fileLargerOnDiskThanItsDeclaredSizeIsRefusedAsTooLarge() throws IOException {
        Path file = write("comment.pdf", Fixtures.pdf());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(AttachmentInspector.MAX_BYTES + 1); // sparse: no 10 MB written
        }
        assertRefused("attachment.tooLarge", file, Fixtures.pdf().length);
    }

    @Test
    void unknownDeclaredSizeFallsBackOnTheRealSize() throws IOException {
        Path file = write("comment.pdf", Fixtures.pdf());
        assertEquals(AttachmentType.PDF, AttachmentInspector.inspect(file, -1));
        Path empty = write("empty.pdf", new byte[0]);
        assertRefused("attachment.empty", empty, -1);
    }

    // ---- not documents at all ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"evil.pdf", "evil.docx", "evil.odt", "evil"})
    void renamedExecutableIsRefusedWhateverItsName(String name) throws IOException {
        assertRefusedAsType(name, Fixtures.windowsExecutable());
    }

    @Test
    void elfBinaryIsRefused() throws IOException {
        assertRefusedAsType("tool.pdf", Fixtures.elfExecutable());
    }

    @Test
    void htmlWithScriptIsRefused() throws IOException {
        assertRefusedAsType("comment.pdf", Fixtures.htmlWithScript());
    }

    @Test
    void pngImageIsRefused() throws IOException {
        assertRefusedAsType("scan.pdf", Fixtures.png());
    }

    @Test
    void plainTextIsRefused() throws IOException {
        assertRefusedAsType("comment.odt", "Comment on Article 3".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void legacyWordDocumentIsRefused() throws IOException {
        assertRefusedAsType("comment.doc", Fixtures.legacyWordDocument());
    }

    @Test
    void pdfSignatureThatIsNotAtTheVeryStartIsRefused() throws IOException {
        // tika-core's low-priority rule still calls this application/pdf
        byte[] disguised = "%%junk\n%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        assertRefusedAsType("comment.pdf", disguised);
    }

    @Test
    void pdfSignatureAfterAByteOrderMarkIsRefused() throws IOException {
        byte[] pdf = Fixtures.pdf();
        byte[] withBom = new byte[pdf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pdf, 0, withBom, 3, pdf.length);
        assertRefusedAsType("comment.pdf", withBom);
    }

    @Test
    void missingFileIsRefusedAsTypeNotAllowed() {
        assertRefused("attachment.typeNotAllowed", dir.resolve("gone.pdf"), 1000);
    }

    @Test
    void xmlWithExternalEntitiesIsRefusedWithoutAnyNetworkAccess() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String xml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE html SYSTEM \"" + url + "x.dtd\" [<!ENTITY e SYSTEM \"" + url + "e\">]>\n"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>&e;</body></html>\n";
            assertRefusedAsType("comment.pdf", xml.getBytes(StandardCharsets.UTF_8));
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept,
                    "detection must not fetch external DTDs or entities");
        }
    }

    // ---- ZIP containers that are not acceptable ---------------------------------------------------

    @Test
    void plainZipIsRefused() throws IOException {
        byte[] zip = new Fixtures.Zip().deflated("notes.txt", "Comment on Article 3").bytes();
        assertRefusedAsType("comment.docx", zip);
    }

    @Test
    void zipWithParentTraversalEntryIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().deflated("../../etc/passwd", "root:x:0:0::/root:/bin/sh").bytes();
        assertRefusedAsType("comment.docx", zip);
    }

    @Test
    void zipWithAbsoluteEntryIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().deflated("/etc/cron.d/job", "* * * * * root id").bytes();
        assertRefusedAsType("comment.docx", zip);
    }

    @Test
    void zipWithWindowsAbsoluteEntryIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().deflated("\\Windows\\evil.dll", "MZ").bytes();
        assertRefusedAsType("comment.docx", zip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/../../../x.xml", "..\\..\\evil.bat", "C:/Windows/evil.dll", "c:evil.dll",
        "word/a\u0000.xml", ""})
    void zipWithAnyOtherUnsafeEntryNameIsRefused(String entryName) throws IOException {
        assertRefusedAsType("comment.docx", Fixtures.docx().deflated(entryName, "x").bytes());
    }

    @Test
    void docxWithoutDocumentPartIsRefused() throws IOException {
        assertRefusedAsType("comment.docx", Fixtures.docx().without("word/document.xml").bytes());
    }

    @Test
    void docxWithoutContentTypesIsRefused() throws IOException {
        assertRefusedAsType("comment.docx", Fixtures.docx().without("[Content_Types].xml").bytes());
    }

    @Test
    void docxWhoseDocumentPartIsADirectoryIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().without("word/document.xml").deflated("word/document.xml/", "")
                .bytes();
        assertRefusedAsType("comment.docx", zip);
    }

    @Test
    void spreadsheetOdtIsRefused() throws IOException {
        assertRefusedAsType("comment.odt", Fixtures.odt(Fixtures.ODS_MEDIA_TYPE).bytes());
    }

    @Test
    void odtWithoutContentXmlIsRefused() throws IOException {
        assertRefusedAsType("comment.odt", Fixtures.odt().without("content.xml").bytes());
    }

    @Test
    void odtWithCompressedMimetypeIsRefused() throws IOException {
        byte[] odt = new Fixtures.Zip()
                .deflated("mimetype", Fixtures.ODT_MEDIA_TYPE)
                .deflated("content.xml", Fixtures.ODT_CONTENT)
                .bytes();
        assertRefusedAsType("comment.odt", odt);
    }

    @Test
    void odtWhoseMimetypeIsNotTheFirstEntryIsRefused() throws IOException {
        byte[] odt = new Fixtures.Zip()
                .deflated("content.xml", Fixtures.ODT_CONTENT)
                .stored("mimetype", Fixtures.ODT_MEDIA_TYPE)
                .bytes();
        assertRefusedAsType("comment.odt", odt);
    }

    @Test
    void odtWhoseMimetypeHasTrailingBytesIsRefused() throws IOException {
        // tika-core's ODT magic is a prefix match, so it still says ODT; the exact content check must not
        assertRefusedAsType("comment.odt", Fixtures.odt(Fixtures.ODT_MEDIA_TYPE + "+evil").bytes());
    }

    @Test
    void odtWhoseCentralDirectoryDisagreesWithItsFirstLocalHeaderIsRefused() throws IOException {
        // the bytes at offset 0 still say "mimetype", but ZIP readers use the central directory
        byte[] odt = Fixtures.odt().bytes();
        int central = centralHeaderOffset(odt, "mimetype");
        odt[central + 46 + 7] = 'f';
        assertRefusedAsType("comment.odt", odt);
    }

    @Test
    void odtWhoseMimetypeLocalHeaderDefersItsSizesIsRefused() throws IOException {
        byte[] odt = Fixtures.odt().bytes();
        odt[6] |= 0x08; // general purpose bit 3 of the first local header: sizes in a data descriptor
        assertRefusedAsType("comment.odt", odt);
    }

    @Test
    void odtWhoseMimetypeLocalHeaderClaimsCompressionIsRefused() throws IOException {
        byte[] odt = Fixtures.odt().bytes();
        odt[8] = 8; // compression method of the first local header: deflate
        assertRefusedAsType("comment.odt", odt);
    }

    @Test
    void docxShapedZipThatTikaRecognisesAsAnotherFormatIsRefused() throws IOException {
        // an EPUB (tika-core: application/epub+zip) that also carries the DOCX parts
        byte[] epub = new Fixtures.Zip()
                .stored("mimetype", "application/epub+zip")
                .deflated("[Content_Types].xml", Fixtures.CONTENT_TYPES)
                .deflated("word/document.xml", Fixtures.WORD_DOCUMENT)
                .bytes();
        assertRefusedAsType("comment.docx", epub);
    }

    @Test
    void containerThatIsBothOdtAndDocxIsRefused() throws IOException {
        byte[] both = Fixtures.odt()
                .deflated("[Content_Types].xml", Fixtures.CONTENT_TYPES)
                .deflated("word/document.xml", Fixtures.WORD_DOCUMENT)
                .bytes();
        assertRefusedAsType("comment.odt", both);
    }

    @Test
    void truncatedZipIsRefused() throws IOException {
        byte[] docx = Fixtures.docx().bytes();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertRefusedAsType("comment.docx", truncated);
    }

    @Test
    void zipWithCorruptCentralDirectoryIsRefused() throws IOException {
        byte[] corrupt = Fixtures.replaceAll(Fixtures.docx().bytes(), new byte[] {'P', 'K', 1, 2},
                new byte[] {'P', 'K', 9, 9});
        assertRefusedAsType("comment.docx", corrupt);
    }

    @Test
    void encryptedZipIsRefused() throws IOException {
        byte[] docx = Fixtures.docx().bytes();
        byte[] encrypted = setGeneralPurposeFlag(docx, 0x0001);
        assertRefusedAsType("comment.docx", encrypted);
    }

    @Test
    void zipWithDuplicateEntryNamesIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().deflated("word/documenX.xml", "<evil/>").bytes();
        byte[] duplicated = Fixtures.replaceAll(zip, "word/documenX.xml", "word/document.xml");
        assertRefusedAsType("comment.docx", duplicated);
    }

    @Test
    void zipWithMalformedUtf8EntryNameIsRefused() throws IOException {
        byte[] zip = Fixtures.docx().deflated("word/media/AB.bin", "x").bytes();
        byte[] malformed = Fixtures.replaceAll(zip, "word/media/AB.bin",
                "word/media/\u00ff\u00fe.bin");
        assertRefusedAsType("comment.docx", setGeneralPurposeFlag(malformed, 0x0800));
    }

    @Test
    void zipWithMoreThanTenThousandEntriesIsRefused() throws IOException {
        assertRefusedAsType("comment.docx", docxWithEntries(AttachmentInspector.MAX_ZIP_ENTRIES + 1));
    }

    @Test
    void zipWithExactlyTenThousandEntriesIsAccepted() throws IOException {
        assertEquals(10_000, AttachmentInspector.MAX_ZIP_ENTRIES);
        byte[] docx = docxWithEntries(AttachmentInspector.MAX_ZIP_ENTRIES);
        assertEquals(AttachmentType.DOCX, inspect("comment.docx", docx));
    }

    @Test
    void documentPartIsNeverInflatedDuringInspection() throws IOException {
        // word/document.xml gets an invalid deflate stream: inflating it would throw a ZipException
        Path file = write("comment.docx", Fixtures.docx().bytes());
        long offset;
        long length;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("word/document.xml");
            length = entry.getCompressedSize();
            offset = dataOffset(Files.readAllBytes(file), "word/document.xml");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            for (long i = 0; i < length; i++) {
                raf.write(0xFF); // BTYPE 11: reserved, an error for every inflater
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThrows(java.util.zip.ZipException.class,
                    () -> zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes());
        }
        assertEquals(AttachmentType.DOCX, AttachmentInspector.inspect(file, Files.size(file)));
    }

    // ---- threads ------------------------------------------------------------------------------------

    @Test
    void concurrentInspectionsGiveTheSameAnswers() throws Exception {
        Map<Path, String> expected = Map.of(
                write("a.pdf", Fixtures.pdf()), "PDF",
                write("b.docx", Fixtures.docx().bytes()), "DOCX",
                write("c.odt", Fixtures.odt().bytes()), "ODT",
                write("d.pdf", Fixtures.windowsExecutable()), "attachment.typeNotAllowed",
                write("e.docx", new Fixtures.Zip().deflated("x.txt", "x").bytes()),
                "attachment.typeNotAllowed");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                for (Map.Entry<Path, String> e : expected.entrySet()) {
                    results.add(pool.submit(() -> e.getValue().equals(outcome(e.getKey()))));
                }
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String outcome(Path file) throws IOException {
        try {
            return AttachmentInspector.inspect(file, Files.size(file)).name();
        } catch (Refusal refusal) {
            return refusal.getMessageKey();
        }
    }

    private AttachmentType inspect(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        return AttachmentInspector.inspect(file, content.length);
    }

    private void assertRefusedAsType(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        assertRefused("attachment.typeNotAllowed", file, content.length);
    }

    private static void assertRefused(String key, Path file, long size) {
        Refusal refusal = assertThrows(Refusal.class, () -> AttachmentInspector.inspect(file, size));
        assertEquals(key, refusal.getMessageKey());
    }

    private Path write(String name, byte[] content) throws IOException {
        Path sub = Files.createTempDirectory(dir, "upload");
        return Files.write(sub.resolve(name), content);
    }

    private static byte[] docxWithEntries(int count) {
        Fixtures.Zip zip = Fixtures.docx();
        for (int i = 3; i < count; i++) {
            zip.deflated("customXml/item" + i + ".xml", new byte[0]);
        }
        return zip.bytes();
    }

    /** Sets a general purpose flag bit in every local and central directory header. */
    private static byte[] setGeneralPurposeFlag(byte[] zip, int bit) {
        byte[] copy = zip.clone();
        for (int i = 0; i + 4 <= copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K') {
                int flagOffset = copy[i + 2] == 3 && copy[i + 3] == 4 ? 6
                        : copy[i + 2] == 1 && copy[i + 3] == 2 ? 8 : -1;
                if (flagOffset > 0) {
                    copy[i + flagOffset] |= (byte) (bit & 0xFF);
                    copy[i + flagOffset + 1] |= (byte) (bit >> 8);
                }
            }
        }
        return copy;
    }

    /** Offset of the central directory header of the named entry. */
    private static int centralHeaderOffset(byte[] zip, String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + nameBytes.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + nameBytes.length, nameBytes, 0,
                            nameBytes.length)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    /** Offset of the data of the named entry, read from its local header. */
    private static long dataOffset(byte[] zip, String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 + nameBytes.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4
                    && java.util.Arrays.equals(zip, i + 30, i + 30 + nameBytes.length, nameBytes, 0,
                            nameBytes.length)) {
                int nameLength = (zip[i + 26] & 0xff) | (zip[i + 27] & 0xff) << 8;
                int extraLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                return i + 30L + nameLength + extraLength;
            }
        }
        throw new IllegalStateException(name);
    }
}
