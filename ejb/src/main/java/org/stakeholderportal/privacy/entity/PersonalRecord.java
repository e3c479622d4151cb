package org.stakeholderportal.privacy.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the portal holds about one person, as they may see and download it: their person record, then one
 * section per kind of record that names them (memberships, contributions, notes, mails, audit events …).
 */
public class PersonalRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Field> person;
    private final List<Section> sections;

    public PersonalRecord(List<Field> person, List<Section> sections) {
        this.person = List.copyOf(person);
        this.sections = List.copyOf(sections);
    }

    public List<Field> getPerson() { return person; }
    public List<Section> getSections() { return sections; }

    /** One named value of the person record. */
    public static class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String value;

        public Field(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() { return name; }
        public String getValue() { return value; }
    }

    /** Records of one kind: column names and rows of text (null for no value). */
    public static class Section implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final List<String> columns;
        private final List<List<String>> rows;

        public Section(String name, List<String> columns, List<List<String>> rows) {
            this.name = name;
            this.columns = List.copyOf(columns);
            List<List<String>> copied = new ArrayList<>();
            rows.forEach(row -> copied.add(Collections.unmodifiableList(new ArrayList<>(row))));
            this.rows = Collections.unmodifiableList(copied);
        }

        public String getName() { return name; }
        public List<String> getColumns() { return columns; }
        public List<List<String>> getRows() { return rows; }
    }
}
