package org.stakeholderportal.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ResourceBundle;
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
        ResourceBundle bundle = ResourceBundle.getBundle("org.stakeholderportal.web.i18n.messages", languages.getLocale());
        return new MessageFormat(bundle.getString("workspace.welcome"), languages.getLocale())
                .format(new Object[] {person.getDisplayName()});
    }
}
