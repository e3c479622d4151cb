package org.stakeholderportal.contribution.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Builds every test file in code, so that no binary fixture is checked in. */
final class Fixtures {

    static final String ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    static final String ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """;

    static final String WORD_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:body><w:p><w:r><w:t>Comment on draft Article 3</w:t></w:r></w:p></w:body>
            </w:document>
            """;

    static final String ODT_CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
              <office:body><office:text><text:p>Comment on draft Article 3</text:p></office:text></office:body>
            </office:document-content>
            """;

    static final String ODT_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
              <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
              <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private Fixtures() {
    }

    /** A tiny but complete one-page PDF 1.4 with a correct cross-reference table. */
    static byte[] pdf() {
        String stream = "BT /F1 12 Tf 72 770 Td (Comment on draft Article 3) Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length()); // ISO-8859-1: one char is one byte
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append('\n');
        pdf.append("0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n");
        pdf.append("startxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A minimal WordprocessingML package; [Content_Types].xml comes first, as Word writes it. */
    static Zip docx() {
        return new Zip()
                .deflated("[Content_Types].xml", CONTENT_TYPES)
                .deflated("_rels/.rels", ROOT_RELS)
                .deflated("word/document.xml", WORD_DOCUMENT);
    }

    /** A minimal ODF text package: stored {@code mimetype} first, then content and manifest. */
    static Zip odt() {
        return odt(ODT_MEDIA_TYPE);
    }

    static Zip odt(String mimetype) {
        return new Zip()
                .stored("mimetype", mimetype)
                .deflated("content.xml", ODT_CONTENT)
                .deflated("META-INF/manifest.xml", ODT_MANIFEST);
    }

    /** DOS stub with {@code e_lfanew} pointing at a PE header of an x86-64 image. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x64; // machine: AMD64
        exe[0x85] = (byte) 0x86;
        return exe;
    }

    /** The identification header of a 64-bit little-endian ELF executable. */
    static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2; // 64-bit
        elf[5] = 1; // little endian
        elf[6] = 1; // version
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        return elf;
    }

    static byte[] htmlWithScript() {
        return """
                <!DOCTYPE html>
                <html><head><title>Comment</title></head>
                <body><script>fetch('/api/session').then(r => r.text()).then(alert)</script></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The header of an OLE2 compound document, the container of legacy .doc files. */
    static byte[] legacyWordDocument() {
        byte[] doc = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
        System.arraycopy(magic, 0, doc, 0, magic.length);
        return doc;
    }

    static byte[] replaceAll(byte[] data, String from, String to) {
        return replaceAll(data, from.getBytes(StandardCharsets.ISO_8859_1),
                to.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Replaces every occurrence of {@code from} by {@code to}, which must be as long. */
    static byte[] replaceAll(byte[] data, byte[] from, byte[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] copy = data.clone();
        int count = 0;
        for (int i = 0; i + from.length <= copy.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, copy, i, to.length);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("nothing replaced");
        }
        return copy;
    }

    /** Builds a ZIP with entries in the given order. */
    static final class Zip {

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private record Entry(byte[] data, boolean stored) {
        }

        Zip stored(String name, String content) {
            entries.put(name, new Entry(content.getBytes(StandardCharsets.UTF_8), true));
            return this;
        }

        Zip deflated(String name, String content) {
            return deflated(name, content.getBytes(StandardCharsets.UTF_8));
        }

        Zip deflated(String name, byte[] content) {
            entries.put(name, new Entry(content, false));
            return this;
        }

        Zip without(String name) {
            if (entries.remove(name) == null) {
                throw new IllegalArgumentException(name);
            }
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    byte[] data = e.getValue().data();
                    if (e.getValue().stored()) {
                        CRC32 crc = new CRC32();
                        crc.update(data);
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(data.length);
                        entry.setCompressedSize(data.length);
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(data);
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }
}
