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

    /** SignInRecorder has recorded the person for this session already; only a request without one records here. */
    @PostConstruct
    void loadPerson() {
        person = people.find(signedIn.getUsername())
                .orElseGet(() -> people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail()));
    }

    public Person getPerson() {
        return person;
    }

    public String getWelcome() {
        return Messages.text(languages.getLocale(), "workspace.welcome", person.getDisplayName());
    }
}
