package org.stakeholderportal.draft.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the test fixtures and describes outlines compactly for assertions. */
final class Fixtures {

    private Fixtures() {
    }

    static DraftOutline akn(String name) throws DraftImportException {
        try (InputStream in = resource("/akn/" + name)) {
            return new AkomaNtosoImporter().read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DraftOutline aknText(String xml) throws DraftImportException {
        return new AkomaNtosoImporter().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "inline.xml");
    }

    static String markdownText(String name) {
        try (InputStream in = resource("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DraftOutline markdown(String name) throws DraftImportException {
        return new MarkdownOutlineImporter().read(markdownText(name), name);
    }

    private static InputStream resource(String path) {
        InputStream in = Fixtures.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("No fixture " + path);
        }
        return in;
    }

    /** Every node of the outline, depth first, in document order. */
    static List<OutlineNode> allNodes(DraftOutline outline) {
        List<OutlineNode> all = new ArrayList<>();
        collect(outline.getNodes(), all);
        return all;
    }

    private static void collect(List<OutlineNode> nodes, List<OutlineNode> all) {
        for (OutlineNode node : nodes) {
            all.add(node);
            collect(node.getChildren(), all);
        }
    }

    static OutlineNode node(DraftOutline outline, String anchor) {
        return outline.findByAnchor(anchor)
                .orElseThrow(() -> new AssertionError("No node " + anchor + " in " + anchors(outline)));
    }

    static List<String> anchors(DraftOutline outline) {
        return allNodes(outline).stream().map(OutlineNode::getAnchor).collect(Collectors.toList());
    }

    /** One line per node: indentation, kind, num, heading and text; the shape a round trip must keep. */
    static String shape(DraftOutline outline) {
        StringBuilder shape = new StringBuilder();
        shape(outline.getNodes(), "", shape);
        return shape.toString();
    }

    private static void shape(List<OutlineNode> nodes, String indent, StringBuilder shape) {
        for (OutlineNode node : nodes) {
            shape.append(indent).append(node.getKind()).append(" | ").append(node.getNum()).append(" | ")
                    .append(node.getHeading()).append(" | ").append(node.getText()).append('\n');
            shape(node.getChildren(), indent + "  ", shape);
        }
    }
}
