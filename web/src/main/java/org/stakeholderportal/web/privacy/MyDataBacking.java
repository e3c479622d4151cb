package org.stakeholderportal.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.privacy.boundary.PersonalData;
import org.stakeholderportal.privacy.entity.PersonalRecord;
import org.stakeholderportal.web.platform.Messages;
import org.stakeholderportal.web.platform.SignedInUser;

/** workspace/my-data.xhtml: everything the portal holds about the signed-in person, as the JSON download has it. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    PersonalData personalData;

    @Inject
    People people;

    @Inject
    SignedInUser signedIn;

    private PersonalRecord record;

    @PostConstruct
    void load() {
        if (people.find(signedIn.getUsername()).isEmpty()) {
            people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
        }
        try {
            record = personalData.export();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
    }

    public PersonalRecord getRecord() {
        return record;
    }
}
