package org.stakeholderportal.settings.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of stakeholder an organisation applies under (NGO, private sector, …). */
@Entity
@Table(name = "stakeholder_category")
public class StakeholderCategory extends CodeListEntry {

    protected StakeholderCategory() {
    }

    public StakeholderCategory(String code, int position) {
        super(code, position);
    }
}
