package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of the Akoma Ntoso namespace with its line and column, as kept by {@link HardenedXmlReader}. Elements
 * and attributes of other namespaces are not kept, so the importer never has to step around them.
 */
final class XmlElement {

    final String name;
    final int line;
    final int column;
    /** Unqualified attributes by local name. */
    final Map<String, String> attributes = new HashMap<>();
    /** Text ({@link String}) and child elements, in document order. */
    final List<Object> content = new ArrayList<>();

    XmlElement(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    String attribute(String attributeName) {
        String value = attributes.get(attributeName);
        return value == null ? "" : value.strip();
    }

    List<XmlElement> elements() {
        List<XmlElement> elements = new ArrayList<>();
        for (Object item : content) {
            if (item instanceof XmlElement) {
                elements.add((XmlElement) item);
            }
        }
        return elements;
    }

    List<XmlElement> elements(String elementName) {
        List<XmlElement> named = new ArrayList<>();
        for (XmlElement element : elements()) {
            if (element.name.equals(elementName)) {
                named.add(element);
            }
        }
        return named;
    }

    /** The first child of that name, or null. */
    XmlElement child(String elementName) {
        for (Object item : content) {
            if (item instanceof XmlElement && ((XmlElement) item).name.equals(elementName)) {
                return (XmlElement) item;
            }
        }
        return null;
    }

    /** The first descendant of that name in document order, or null. */
    XmlElement descendant(String elementName) {
        for (Object item : content) {
            if (item instanceof XmlElement) {
                XmlElement element = (XmlElement) item;
                if (element.name.equals(elementName)) {
                    return element;
                }
                XmlElement inside = element.descendant(elementName);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** Follows a path of child names ("meta", "identification", "FRBRWork"); null when a step is missing. */
    XmlElement path(String... names) {
        XmlElement current = this;
        for (String step : names) {
            current = current.child(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
