package org.stakeholderportal.contribution.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.stakeholderportal.platform.Refusal;

/**
 * Decides whether an uploaded file is an acceptable attachment (PDF, DOCX or ODT, at most
 * {@link #MAX_BYTES}) by looking at its <em>content</em> only; the name the client sent is never
 * consulted, because it is chosen by the uploader and proves nothing (an executable renamed to
 * {@code .pdf} is still an executable). Detection happens in two steps. First Apache Tika's magic-byte
 * detector from {@code tika-core} ({@link MimeTypes#getDefaultMimeTypes()}, built once, with no file
 * name, no {@code tika-config.xml} and no network access) classifies the leading bytes. Then, because
 * {@code tika-core} on its own has no container detector for OOXML (that lives in the much larger parser
 * modules, so to {@code tika-core} a DOCX is just {@code application/zip}) and its ODT rule only looks at
 * a few bytes, the ZIP containers are checked structurally with {@link java.util.zip.ZipFile}: a DOCX
 * must hold {@code [Content_Types].xml} and {@code word/document.xml}; an ODT must begin with a stored
 * {@code mimetype} entry whose content is exactly {@code application/vnd.oasis.opendocument.text} and
 * hold a {@code content.xml}. The structural check reads only the ZIP central directory and the
 * 39-byte {@code mimetype} entry, never inflates the document parts, and refuses archives with more
 * than {@value #MAX_ZIP_ENTRIES} entries, duplicate or path-traversing entry names, encrypted entries
 * or any structure {@code java.util.zip} cannot read, so zip bombs cost nothing to refuse. This class
 * keeps no mutable state and is safe to call from any number of threads.
 */
public final class AttachmentInspector {

    /** Largest accepted attachment: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** {@link #MAX_BYTES} in MiB, the argument of the {@code attachment.tooLarge} refusal. */
    public static final int MAX_MEGABYTES = 10;

    /** Most ZIP entries a DOCX or ODT may have before it is refused unread. */
    public static final int MAX_ZIP_ENTRIES = 10_000;

    static final String EMPTY = "attachment.empty";
    static final String TOO_LARGE = "attachment.tooLarge";
    static final String TYPE_NOT_ALLOWED = "attachment.typeNotAllowed";

    /** Tika's magic detector; immutable after loading and shared by all threads. */
    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

    private static final MediaType PDF_TYPE = MediaType.application("pdf");
    private static final MediaType ZIP_TYPE = MediaType.APPLICATION_ZIP;
    private static final MediaType OOXML_TYPE = MediaType.application("x-tika-ooxml");
    private static final MediaType ODT_TYPE = MediaType.parse(AttachmentType.ODT.mediaType());

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE_ENTRY = "mimetype";
    private static final byte[] ODT_MIMETYPE =
            AttachmentType.ODT.mediaType().getBytes(StandardCharsets.US_ASCII);

    private AttachmentInspector() {
    }

    /**
     * Returns the type of the uploaded file, judged by its content.
     *
     * @param file the uploaded bytes, stored in a file of the default file system
     * @param size the size the upload declared; a negative value means unknown. Both this value and the
     *             real size of {@code file} must be within limits.
     * @throws Refusal {@code attachment.empty} if the file is empty; {@code attachment.tooLarge} with the
     *                 argument {@code 10} (MiB) if it is larger than {@link #MAX_BYTES};
     *                 {@code attachment.typeNotAllowed} if it is not a well-formed PDF, DOCX or ODT or
     *                 cannot be read
     */
    public static AttachmentType inspect(Path file, long size) {
        Objects.requireNonNull(file, "file");
        checkSize(size);
        try {
            checkSize(Files.size(file));
            byte[] head = readHead(file);
            // no resource name in the metadata: the bytes alone decide, never the submitted name
            MediaType detected = DETECTOR.detect(new ByteArrayInputStream(head), new Metadata())
                    .getBaseType();
            if (startsWith(head, PDF_MAGIC) && PDF_TYPE.equals(detected)) {
                return AttachmentType.PDF;
            }
            if (startsWith(head, ZIP_LOCAL_HEADER)) {
                return inspectContainer(file, head, detected);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // unreadable, truncated, corrupt or hostile: never an acceptable document (ZipException is
            // an IOException; some JDKs report malformed entry names as IllegalArgumentException)
            throw notAllowed();
        }
        throw notAllowed();
    }

    private static void checkSize(long size) {
        if (size == 0) {
            throw new Refusal(EMPTY);
        }
        if (size > MAX_BYTES) {
            throw new Refusal(TOO_LARGE, MAX_MEGABYTES);
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DETECTOR.getMinLength());
        }
    }

    private static AttachmentType inspectContainer(Path file, byte[] head, MediaType detected)
            throws IOException {
        // Tika must agree: a ZIP it recognises as something else (jar, epub, ods, ...) is never accepted
        boolean tikaSaysOdt = ODT_TYPE.equals(detected);
        boolean tikaSaysPlainZip = ZIP_TYPE.equals(detected) || OOXML_TYPE.equals(detected);
        // ZipFile reads the central directory (at most MAX_BYTES of it) and nothing else
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw notAllowed();
            }
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!isSafeEntryName(name) || !names.add(name)) {
                    throw notAllowed();
                }
            }
            boolean docx = isFile(zip, "[Content_Types].xml") && isFile(zip, "word/document.xml");
            boolean odt = startsWithOdtMimetype(head) && hasOdtMimetypeEntry(zip)
                    && isFile(zip, "content.xml");
            if (tikaSaysOdt && odt && !docx) {
                return AttachmentType.ODT;
            }
            if (tikaSaysPlainZip && docx && !odt) {
                return AttachmentType.DOCX;
            }
            throw notAllowed();
        }
    }

    private static boolean isSafeEntryName(String name) {
        return !name.isEmpty()
                && !name.contains("..")
                && !name.startsWith("/")
                && !name.startsWith("\\")
                && name.indexOf('\0') < 0
                && !(name.length() >= 2 && name.charAt(1) == ':');
    }

    /** ZipFile.getEntry also finds "name/", a directory: the exact name proves a file entry. */
    private static boolean isFile(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && entry.getName().equals(name);
    }

    /**
     * The ODF packaging rule, checked on the raw bytes: the local header at offset 0 is the entry
     * {@code mimetype}, stored (method 0), with no data descriptor, and its 39 data bytes are the ODT
     * media type.
     */
    private static boolean startsWithOdtMimetype(byte[] head) {
        if (head.length < 30) {
            return false;
        }
        int flags = u16(head, 6);
        int method = u16(head, 8);
        long compressedSize = u32(head, 18);
        long uncompressedSize = u32(head, 22);
        int nameLength = u16(head, 26);
        int extraLength = u16(head, 28);
        int dataStart = 30 + nameLength + extraLength;
        if ((flags & 0x0009) != 0 // encrypted or sizes deferred to a data descriptor
                || method != ZipEntry.STORED
                || compressedSize != ODT_MIMETYPE.length
                || uncompressedSize != ODT_MIMETYPE.length
                || nameLength != ODT_MIMETYPE_ENTRY.length()
                || dataStart + ODT_MIMETYPE.length > head.length) {
            return false;
        }
        String name = new String(head, 30, nameLength, StandardCharsets.US_ASCII);
        return ODT_MIMETYPE_ENTRY.equals(name)
                && Arrays.equals(head, dataStart, dataStart + ODT_MIMETYPE.length,
                        ODT_MIMETYPE, 0, ODT_MIMETYPE.length);
    }

    /** The same rule, checked through the central directory that ZIP readers actually use. */
    private static boolean hasOdtMimetypeEntry(ZipFile zip) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        if (!entries.hasMoreElements()) {
            return false;
        }
        ZipEntry first = entries.nextElement();
        if (!ODT_MIMETYPE_ENTRY.equals(first.getName())
                || first.getMethod() != ZipEntry.STORED
                || first.getSize() != ODT_MIMETYPE.length) {
            return false;
        }
        try (InputStream in = zip.getInputStream(first)) {
            // stored and 39 bytes long: nothing is inflated and nothing more is read
            return Arrays.equals(ODT_MIMETYPE, in.readNBytes(ODT_MIMETYPE.length));
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int offset) {
        return u16(b, offset) | (long) u16(b, offset + 2) << 16;
    }

    private static Refusal notAllowed() {
        return new Refusal(TYPE_NOT_ALLOWED);
    }
}
