package org.stakeholderportal.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secretariat's label for a list entry in one language; it replaces the bundle's label. */
@Entity
@Table(name = "code_label")
public class CodeLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CodeList list;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 200)
    private String label;

    protected CodeLabel() {
    }

    public CodeLabel(CodeList list, String code, String language, String label) {
        this.list = list;
        this.code = code;
        this.language = language;
        this.label = label;
    }

    public void rename(String label) {
        this.label = label;
    }

    public Long getId() { return id; }
    public CodeList getList() { return list; }
    public String getCode() { return code; }
    public String getLanguage() { return language; }
    public String getLabel() { return label; }
}
