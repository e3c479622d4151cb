package org.stakeholderportal.draft.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads uploaded XML into {@link XmlElement}s without trusting it: any document type declaration is refused before
 * the parser can expand an entity or fetch a DTD (XXE, billion laughs), nothing is ever resolved from outside, and
 * size and nesting are capped so one upload cannot exhaust the server.
 */
final class HardenedXmlReader {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_DEPTH = 200;

    /** Decides, from the root element, whether the file is read at all; throws to refuse it. */
    interface RootPolicy {
        void check(String namespace, String localName, String location) throws DraftImportException;
    }

    private final String keptNamespace;

    /** @param keptNamespace elements outside this namespace (and the standard Akoma Ntoso one) are dropped */
    private HardenedXmlReader(String keptNamespace) {
        this.keptNamespace = keptNamespace;
    }

    static XmlElement read(InputStream in, RootPolicy policy) throws DraftImportException {
        byte[] bytes = readCapped(in);
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return walk(reader, policy);
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            int line = where == null ? -1 : where.getLineNumber();
            int column = where == null ? -1 : where.getColumnNumber();
            throw new DraftImportException("import.xml.malformed", location(line, column), e, line, column,
                    parserMessage(e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader over a byte array cannot lose data; the outcome is already decided.
                }
            }
        }
    }

    static String location(int line, int column) {
        return "line " + line + ", column " + column;
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation: a StAX provider on the class path must not change these guarantees.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resource refused: " + systemId);
        });
        return factory;
    }

    private static byte[] readCapped(InputStream in) throws DraftImportException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (bytes.size() + read > MAX_BYTES) {
                    throw new DraftImportException("import.xml.tooLarge", null, MAX_BYTES / (1024 * 1024));
                }
                bytes.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new DraftImportException("import.read", null, e, String.valueOf(e.getMessage()));
        }
        return bytes.toByteArray();
    }

    private static XmlElement walk(XMLStreamReader reader, RootPolicy policy)
            throws XMLStreamException, DraftImportException {
        Deque<XmlElement> open = new ArrayDeque<>();
        HardenedXmlReader kept = null;
        XmlElement root = null;
        int depth = 0;
        int skippedDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD: {
                    Location where = reader.getLocation();
                    throw new DraftImportException("import.xml.dtd",
                            location(where.getLineNumber(), where.getColumnNumber()),
                            where.getLineNumber(), where.getColumnNumber());
                }
                case XMLStreamConstants.START_ELEMENT: {
                    depth++;
                    Location where = reader.getLocation();
                    if (depth > MAX_DEPTH) {
                        throw new DraftImportException("import.xml.tooDeep",
                                location(where.getLineNumber(), where.getColumnNumber()), MAX_DEPTH,
                                where.getLineNumber(), where.getColumnNumber());
                    }
                    String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    if (root == null) {
                        policy.check(namespace, reader.getLocalName(),
                                location(where.getLineNumber(), where.getColumnNumber()));
                        kept = new HardenedXmlReader(namespace);
                    }
                    if (skippedDepth > 0 || !kept.keeps(namespace)) {
                        skippedDepth++;
                        break;
                    }
                    XmlElement element = new XmlElement(reader.getLocalName(), where.getLineNumber(),
                            where.getColumnNumber());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String attributeNamespace = reader.getAttributeNamespace(i);
                        if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                            element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                    }
                    if (root == null) {
                        root = element;
                    } else {
                        open.peek().content.add(element);
                    }
                    open.push(element);
                    break;
                }
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    if (skippedDepth > 0) {
                        skippedDepth--;
                    } else {
                        open.pop();
                    }
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (skippedDepth == 0 && !open.isEmpty()) {
                        open.peek().content.add(reader.getText());
                    }
                    break;
                default:
                    break;
            }
        }
        return root;
    }

    private boolean keeps(String namespace) {
        return namespace.equals(keptNamespace) || namespace.equals(AkomaNtosoImporter.NAMESPACE);
    }

    /** The parser's own sentence without its "ParseError at [row,col]" preamble, which the location already gives. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return start >= 0 ? message.substring(start + "Message: ".length()).strip() : message.strip();
    }
}
