package org.stakeholderportal.publication.control;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes one PDF out of tagged PDF chunks as they come, straight to the output stream: each chunk's pages and their
 * resources, its structure elements and its bookmarks are written at once and forgotten, so memory holds one chunk
 * and a few numbers per page, whatever the length of the document.
 * <p>
 * PDFBox's {@code PDFMergerUtility} does the same merge but into one {@code PDDocument} that is saved at the end; its
 * object graph, mostly the structure tree, grew by about 60 KB of heap per contribution in the digest (1.2 GB for
 * 20,000 before saving, more while saving). This class does only what the digest's chunks need:
 * <ul>
 * <li>every chunk's pages hang in one page tree, their {@code StructParents} shifted past the previous chunks';</li>
 * <li>each chunk's Document structure element becomes a Part under one Document element, and the parent trees are
 * joined (as PDFMergerUtility does); role maps are joined; ID trees are not (openhtmltopdf writes none);</li>
 * <li>bookmarks are joined into one outline; the catalog's language, mark information, viewer preferences and
 * XMP metadata are the first chunk's;</li>
 * <li>objects other than streams are packed into compressed object streams with a cross-reference stream
 * (PDF 1.5 and later), as PDFBox's own compressed saving does.</li>
 * </ul>
 * Chunks are consumed: their objects are changed while being written (Part instead of Document, the shared
 * parents), so a chunk must not be used afterwards.
 */
final class PdfChunkAssembler {

    private static final int OBJECTS_PER_STREAM = 100;
    private static final int NUMBERS_PER_PARENT_TREE_LEAF = 128;

    private final CountingStream out;
    private long[] offsets = new long[1024];
    private int[] containingStream = new int[1024];
    private int[] indexInStream = new int[1024];
    private int nextNumber = 1;

    /** Objects waiting to be packed into the next object stream. */
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream();
    private final List<int[]> packedObjects = new ArrayList<>();

    /** Stand-ins for the objects every chunk shares, known by number before they are written. */
    private final COSDictionary pageTree = new COSDictionary();
    private final COSDictionary structureRoot = new COSDictionary();
    private final COSDictionary documentElement = new COSDictionary();
    private final int pageTreeNumber;
    private final int structureRootNumber;
    private final int documentElementNumber;

    private final IntList pages = new IntList();
    private final IntList parts = new IntList();
    private final IntList parentTreeKeys = new IntList();
    private final IntList parentTreeValues = new IntList();
    private final COSDictionary roleMap = new COSDictionary();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private int nextStructParent;
    private COSDictionary firstCatalog;
    private int metadataNumber;

    private record Bookmark(String title, int page, byte[] view) {
    }

    PdfChunkAssembler(OutputStream out) throws IOException {
        this.out = new CountingStream(out);
        this.out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        pageTreeNumber = allocate();
        structureRootNumber = allocate();
        documentElementNumber = allocate();
    }

    int pageCount() {
        return pages.size();
    }

    /** Writes the chunk's pages, structure and bookmarks; the chunk is changed and must be closed afterwards. */
    void append(PDDocument chunk) throws IOException {
        Map<COSBase, Integer> numbers = new IdentityHashMap<>();
        Deque<COSBase> queue = new ArrayDeque<>();
        numbers.put(pageTree, pageTreeNumber);
        numbers.put(structureRoot, structureRootNumber);
        numbers.put(documentElement, documentElementNumber);
        PDDocumentCatalog catalog = chunk.getDocumentCatalog();
        numbers.put(chunk.getPages().getCOSObject(), pageTreeNumber);

        for (PDPage page : chunk.getPages()) {
            // Inherited attributes are made the page's own, since its parent becomes the shared page tree.
            page.setResources(page.getResources());
            page.setMediaBox(page.getMediaBox());
            page.setCropBox(page.getCropBox());
            page.setRotation(page.getRotation());
            page.getCOSObject().setItem(COSName.PARENT, pageTree);
            pages.add(number(page.getCOSObject(), numbers, queue));
        }

        int structParentOffset = nextStructParent;
        PDStructureTreeRoot structure = catalog.getStructureTreeRoot();
        if (structure != null) {
            numbers.put(structure.getCOSObject(), structureRootNumber);
            for (COSDictionary top : topElements(structure.getCOSObject().getDictionaryObject(COSName.K))) {
                if (COSName.DOCUMENT.equals(top.getCOSName(COSName.S))) {
                    top.setItem(COSName.S, COSName.PART);
                }
                top.setItem(COSName.P, documentElement);
                parts.add(number(top, numbers, queue));
            }
            int largestKey = -1;
            PDNumberTreeNode parentTree = structure.getParentTree();
            if (parentTree != null) {
                for (Map.Entry<Integer, COSBase> entry : numberTree(parentTree.getCOSObject()).entrySet()) {
                    largestKey = Math.max(largestKey, entry.getKey());
                    parentTreeKeys.add(structParentOffset + entry.getKey());
                    parentTreeValues.add(number(entry.getValue(), numbers, queue));
                }
            }
            nextStructParent = structParentOffset + Math.max(largestKey + 1, structure.getParentTreeNextKey());
            COSDictionary chunkRoles = structure.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
            if (chunkRoles != null) {
                chunkRoles.entrySet().forEach(role -> roleMap.setItem(role.getKey(), role.getValue()));
            }
        }

        if (firstCatalog == null) {
            firstCatalog = catalog.getCOSObject();
            COSBase metadata = firstCatalog.getDictionaryObject(COSName.METADATA);
            if (metadata instanceof COSStream) {
                metadataNumber = number(metadata, numbers, queue);
            }
        }

        while (!queue.isEmpty()) {
            COSBase object = queue.poll();
            writeObject(numbers.get(object), object, numbers, queue, structParentOffset);
        }
        collectBookmarks(catalog.getDocumentOutline(), numbers);
    }

    /** Writes the shared objects, the cross-reference stream and the trailer; the stream is flushed, not closed. */
    void finish(String title, String producer) throws IOException {
        if (firstCatalog == null) {
            throw new IllegalStateException("No chunk was appended");
        }
        Map<COSBase, Integer> none = new IdentityHashMap<>();
        Deque<COSBase> noQueue = new ArrayDeque<>();

        StringBuilder kids = new StringBuilder();
        pages.forEach(page -> kids.append(page).append(" 0 R "));
        packObject(pageTreeNumber, ("<</Type/Pages/Count " + pages.size() + "/Kids[" + kids + "]>>").getBytes(
                StandardCharsets.ISO_8859_1));

        StringBuilder partList = new StringBuilder();
        parts.forEach(part -> partList.append(part).append(" 0 R "));
        packObject(documentElementNumber, ("<</Type/StructElem/S/Document/P " + structureRootNumber + " 0 R/K["
                + partList + "]>>").getBytes(StandardCharsets.ISO_8859_1));

        int parentTreeNumber = writeParentTree();
        ByteArrayOutputStream root = new ByteArrayOutputStream();
        root.write(("<</Type/StructTreeRoot/K " + documentElementNumber + " 0 R/ParentTree " + parentTreeNumber
                + " 0 R/ParentTreeNextKey " + nextStructParent).getBytes(StandardCharsets.ISO_8859_1));
        if (roleMap.size() > 0) {
            root.write("/RoleMap".getBytes(StandardCharsets.ISO_8859_1));
            writeDictionary(roleMap, root, none, noQueue, 0, -1);
        }
        root.write(">>".getBytes(StandardCharsets.ISO_8859_1));
        packObject(structureRootNumber, root.toByteArray());

        int outlineNumber = writeOutline();
        int infoNumber = allocate();
        COSDictionary info = new COSDictionary();
        info.setString(COSName.TITLE, title);
        info.setString(COSName.PRODUCER, producer);
        info.setString(COSName.CREATOR, producer);
        packObject(infoNumber, serialized(info));

        int catalogNumber = allocate();
        ByteArrayOutputStream catalog = new ByteArrayOutputStream();
        catalog.write(("<</Type/Catalog/Pages " + pageTreeNumber + " 0 R/StructTreeRoot " + structureRootNumber
                + " 0 R/MarkInfo<</Marked true>>").getBytes(StandardCharsets.ISO_8859_1));
        for (COSName copied : List.of(COSName.LANG, COSName.VIEWER_PREFERENCES)) {
            COSBase value = firstCatalog.getDictionaryObject(copied);
            if (value instanceof COSDictionary dictionary) {
                copied.writePDF(catalog);
                writeDictionary(dictionary, catalog, none, noQueue, 0, -1);
            } else if (value != null) {
                copied.writePDF(catalog);
                catalog.write(' ');
                writeValue(value, catalog, none, noQueue, 0);
            }
        }
        if (!noQueue.isEmpty()) {
            throw new IOException("The first chunk's catalog refers to objects that were not copied");
        }
        if (metadataNumber > 0) {
            catalog.write(("/Metadata " + metadataNumber + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (outlineNumber > 0) {
            catalog.write(("/Outlines " + outlineNumber + " 0 R/PageMode/UseOutlines")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        catalog.write(">>".getBytes(StandardCharsets.ISO_8859_1));
        packObject(catalogNumber, catalog.toByteArray());
        flushObjectStream();
        writeCrossReferences(catalogNumber, infoNumber, title);
        out.flush();
    }

    // --- the objects of a chunk ---

    private int number(COSBase object, Map<COSBase, Integer> numbers, Deque<COSBase> queue) {
        Integer known = numbers.get(object);
        if (known != null) {
            return known;
        }
        int number = allocate();
        numbers.put(object, number);
        queue.add(object);
        return number;
    }

    private void writeObject(int number, COSBase object, Map<COSBase, Integer> numbers, Deque<COSBase> queue,
            int structParentOffset) throws IOException {
        if (object instanceof COSStream stream) {
            byte[] data;
            try (InputStream raw = stream.createRawInputStream()) {
                data = raw.readAllBytes();
            }
            ensureCapacity(number);
            offsets[number] = out.count();
            out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            writeDictionary(stream, out, numbers, queue, structParentOffset, data.length);
            out.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(data);
            out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        if (object instanceof COSDictionary dictionary) {
            writeDictionary(dictionary, body, numbers, queue, structParentOffset, -1);
        } else {
            writeValue(object, body, numbers, queue, structParentOffset);
        }
        packObject(number, body.toByteArray());
    }

    /**
     * A dictionary, with references for the values that PDFBox too would write as indirect objects (dictionaries
     * not marked direct, streams) and the StructParent(s) numbers shifted past the earlier chunks'.
     */
    private void writeDictionary(COSDictionary dictionary, OutputStream target, Map<COSBase, Integer> numbers,
            Deque<COSBase> queue, int structParentOffset, long streamLength) throws IOException {
        target.write('<');
        target.write('<');
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            COSName key = entry.getKey();
            if (streamLength >= 0 && (key.equals(COSName.LENGTH) || key.equals(COSName.DL))) {
                continue;
            }
            key.writePDF(target);
            target.write(' ');
            COSBase value = entry.getValue();
            if ((key.equals(COSName.STRUCT_PARENTS) || key.equals(COSName.STRUCT_PARENT))
                    && value instanceof COSNumber structParent) {
                target.write(String.valueOf(structParent.intValue() + structParentOffset)
                        .getBytes(StandardCharsets.ISO_8859_1));
            } else {
                writeValue(value, target, numbers, queue, structParentOffset);
            }
            target.write(' ');
        }
        if (streamLength >= 0) {
            target.write(("/Length " + streamLength).getBytes(StandardCharsets.ISO_8859_1));
        }
        target.write('>');
        target.write('>');
    }

    private void writeValue(COSBase value, OutputStream target, Map<COSBase, Integer> numbers, Deque<COSBase> queue,
            int structParentOffset) throws IOException {
        COSBase resolved = value instanceof COSObject indirect ? indirect.getObject() : value;
        if (resolved == null || resolved instanceof COSNull) {
            COSNull.NULL.writePDF(target);
        } else if (resolved instanceof COSStream || (resolved instanceof COSDictionary && !resolved.isDirect())
                || value instanceof COSObject) {
            target.write((number(resolved, numbers, queue) + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        } else if (resolved instanceof COSDictionary dictionary) {
            writeDictionary(dictionary, target, numbers, queue, structParentOffset, -1);
        } else if (resolved instanceof COSArray array) {
            target.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    target.write(' ');
                }
                writeValue(array.get(i), target, numbers, queue, structParentOffset);
            }
            target.write(']');
        } else if (resolved instanceof COSName name) {
            name.writePDF(target);
        } else if (resolved instanceof COSString string) {
            COSWriter.writeString(string, target);
        } else if (resolved instanceof COSInteger integer) {
            integer.writePDF(target);
        } else if (resolved instanceof COSFloat real) {
            real.writePDF(target);
        } else if (resolved instanceof COSBoolean bool) {
            bool.writePDF(target);
        } else {
            throw new IOException("Cannot copy a PDF object of type " + resolved.getClass().getSimpleName());
        }
    }

    private static List<COSDictionary> topElements(COSBase kids) {
        List<COSDictionary> elements = new ArrayList<>();
        if (kids instanceof COSDictionary element) {
            elements.add(element);
        } else if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary element) {
                    elements.add(element);
                }
            }
        }
        return elements;
    }

    /** The entries of a number tree, its kids included, by key. */
    private static Map<Integer, COSBase> numberTree(COSDictionary node) {
        Map<Integer, COSBase> entries = new TreeMap<>();
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    COSBase value = nums.getObject(i + 1);
                    if (value != null) {
                        entries.put(key.intValue(), value);
                    }
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    entries.putAll(numberTree(kid));
                }
            }
        }
        return entries;
    }

    private void collectBookmarks(PDDocumentOutline outline, Map<COSBase, Integer> numbers) throws IOException {
        if (outline == null) {
            return;
        }
        for (PDOutlineItem item : outline.children()) {
            PDDestination destination = item.getDestination();
            PDAction action = item.getAction();
            if (destination == null && action instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            if (destination instanceof PDPageDestination page && page.getPage() != null) {
                Integer number = numbers.get(page.getPage().getCOSObject());
                if (number != null) {
                    COSArray view = new COSArray();
                    COSArray target = page.getCOSObject();
                    for (int i = 1; i < target.size(); i++) {
                        view.add(target.get(i));
                    }
                    ByteArrayOutputStream written = new ByteArrayOutputStream();
                    writeValue(view, written, numbers, new ArrayDeque<>(), 0);
                    bookmarks.add(new Bookmark(item.getTitle(), number, written.toByteArray()));
                }
            }
        }
    }

    // --- the shared objects ---

    /** The joined parent tree, as leaves of at most {@value #NUMBERS_PER_PARENT_TREE_LEAF} entries. */
    private int writeParentTree() throws IOException {
        int rootNumber = allocate();
        StringBuilder kids = new StringBuilder();
        for (int start = 0; start < parentTreeKeys.size(); start += NUMBERS_PER_PARENT_TREE_LEAF) {
            int end = Math.min(start + NUMBERS_PER_PARENT_TREE_LEAF, parentTreeKeys.size());
            StringBuilder leaf = new StringBuilder("<</Limits[").append(parentTreeKeys.get(start)).append(' ')
                    .append(parentTreeKeys.get(end - 1)).append("]/Nums[");
            for (int i = start; i < end; i++) {
                leaf.append(parentTreeKeys.get(i)).append(' ').append(parentTreeValues.get(i)).append(" 0 R ");
            }
            int leafNumber = allocate();
            packObject(leafNumber, leaf.append("]>>").toString().getBytes(StandardCharsets.ISO_8859_1));
            kids.append(leafNumber).append(" 0 R ");
        }
        packObject(rootNumber, ("<</Kids[" + kids + "]>>").getBytes(StandardCharsets.ISO_8859_1));
        return rootNumber;
    }

    private int writeOutline() throws IOException {
        if (bookmarks.isEmpty()) {
            return 0;
        }
        int outlineNumber = allocate();
        int[] itemNumbers = new int[bookmarks.size()];
        for (int i = 0; i < itemNumbers.length; i++) {
            itemNumbers[i] = allocate();
        }
        for (int i = 0; i < itemNumbers.length; i++) {
            Bookmark bookmark = bookmarks.get(i);
            ByteArrayOutputStream item = new ByteArrayOutputStream();
            item.write("<</Title".getBytes(StandardCharsets.ISO_8859_1));
            COSWriter.writeString(new COSString(bookmark.title()), item);
            item.write(("/Parent " + outlineNumber + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
            if (i > 0) {
                item.write(("/Prev " + itemNumbers[i - 1] + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (i + 1 < itemNumbers.length) {
                item.write(("/Next " + itemNumbers[i + 1] + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
            }
            item.write(("/Dest[" + bookmark.page() + " 0 R ").getBytes(StandardCharsets.ISO_8859_1));
            item.write(bookmark.view(), 1, bookmark.view().length - 1);
            item.write(">>".getBytes(StandardCharsets.ISO_8859_1));
            packObject(itemNumbers[i], item.toByteArray());
        }
        packObject(outlineNumber, ("<</Type/Outlines/First " + itemNumbers[0] + " 0 R/Last "
                + itemNumbers[itemNumbers.length - 1] + " 0 R/Count " + itemNumbers.length + ">>")
                .getBytes(StandardCharsets.ISO_8859_1));
        return outlineNumber;
    }

    // --- object streams and cross-references ---

    private int allocate() {
        int number = nextNumber++;
        ensureCapacity(number);
        return number;
    }

    private void ensureCapacity(int number) {
        if (number >= offsets.length) {
            int size = Math.max(number + 1, offsets.length * 2);
            offsets = Arrays.copyOf(offsets, size);
            containingStream = Arrays.copyOf(containingStream, size);
            indexInStream = Arrays.copyOf(indexInStream, size);
        }
    }

    /** Adds an object that is not a stream to the current object stream, writing that when it is full. */
    private void packObject(int number, byte[] body) throws IOException {
        packedObjects.add(new int[] {number, packed.size()});
        packed.write(body);
        packed.write('\n');
        if (packedObjects.size() == OBJECTS_PER_STREAM) {
            flushObjectStream();
        }
    }

    private void flushObjectStream() throws IOException {
        if (packedObjects.isEmpty()) {
            return;
        }
        int streamNumber = allocate();
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < packedObjects.size(); i++) {
            int[] object = packedObjects.get(i);
            header.append(object[0]).append(' ').append(object[1]).append(' ');
            containingStream[object[0]] = streamNumber;
            indexInStream[object[0]] = i;
        }
        byte[] first = header.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(packed.size() / 3 + 64);
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed, new Deflater(6))) {
            deflater.write(first);
            packed.writeTo(deflater);
        }
        offsets[streamNumber] = out.count();
        out.write((streamNumber + " 0 obj\n<</Type/ObjStm/N " + packedObjects.size() + "/First " + first.length
                + "/Filter/FlateDecode/Length " + compressed.size() + ">>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        compressed.writeTo(out);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        packed.reset();
        packedObjects.clear();
    }

    /** A cross-reference stream (type, 5-byte offset or containing stream, 2-byte index) with the trailer's keys. */
    private void writeCrossReferences(int catalogNumber, int infoNumber, String title) throws IOException {
        int xrefNumber = allocate();
        long xrefOffset = out.count();
        offsets[xrefNumber] = xrefOffset;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream table = new DeflaterOutputStream(compressed, new Deflater(6))) {
            byte[] row = new byte[8];
            for (int number = 0; number <= xrefNumber; number++) {
                if (number == 0) {
                    row[0] = 0;
                    fill(row, 1, 5, 0);
                    fill(row, 6, 2, 0xFFFF);
                } else if (containingStream[number] != 0) {
                    row[0] = 2;
                    fill(row, 1, 5, containingStream[number]);
                    fill(row, 6, 2, indexInStream[number]);
                } else {
                    row[0] = 1;
                    fill(row, 1, 5, offsets[number]);
                    fill(row, 6, 2, 0);
                }
                table.write(row);
            }
        }
        String id = identifier(title, xrefOffset);
        out.write((xrefNumber + " 0 obj\n<</Type/XRef/Size " + (xrefNumber + 1) + "/W[1 5 2]/Root " + catalogNumber
                + " 0 R/Info " + infoNumber + " 0 R/ID[<" + id + "><" + id + ">]/Filter/FlateDecode/Length "
                + compressed.size() + ">>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        compressed.writeTo(out);
        out.write(("\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void fill(byte[] row, int start, int length, long value) {
        for (int i = length - 1; i >= 0; i--) {
            row[start + i] = (byte) (value & 0xFF);
            value >>>= 8;
        }
    }

    private static String identifier(String title, long length) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((title + "|" + length + "|" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02X", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }

    private static byte[] serialized(COSDictionary dictionary) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write('<');
        body.write('<');
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            entry.getKey().writePDF(body);
            body.write(' ');
            if (entry.getValue() instanceof COSString string) {
                COSWriter.writeString(string, body);
            } else {
                throw new IOException("Only text values are expected here");
            }
        }
        body.write('>');
        body.write('>');
        return body.toByteArray();
    }

    /** The caller's stream with a count of the bytes written, for the cross-reference offsets. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }

    /** A growable list of ints, so that per-page bookkeeping for tens of thousands of pages stays small. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(values[i]);
            }
        }
    }
}
