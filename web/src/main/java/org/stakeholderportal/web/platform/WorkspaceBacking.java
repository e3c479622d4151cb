package org.stakeholderportal.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.platform.entity.Person;

/** The signed-in person's workspace (workspace/index.xhtml). */
@Named
@RequestScoped
public class WorkspaceBacking {

    @Inject
    People people;

    @Inject
    SignedInUser signedIn;

    @Inject
    Languages languages;

    private Person person;

    @PostConstruct
    void recordVisit() {
        person = people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
    }

    public Person getPerson() {
        return person;
    }

    public String getWelcome() {
        return Messages.text(languages.getLocale(), "workspace.welcome", person.getDisplayName());
    }
}
