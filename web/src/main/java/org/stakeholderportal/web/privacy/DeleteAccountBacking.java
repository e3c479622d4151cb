package org.stakeholderportal.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.privacy.boundary.PersonalData;
import org.stakeholderportal.web.platform.Messages;
import org.stakeholderportal.web.platform.SignedInUser;

/**
 * workspace/delete-account.xhtml: what deleting the account does, and the deletion itself once the person has typed
 * their username; then the session ends and the browser goes to the privacy page.
 */
@Named
@RequestScoped
public class DeleteAccountBacking {

    private static final Logger LOG = Logger.getLogger(DeleteAccountBacking.class.getName());

    @Inject
    PersonalData personalData;

    @Inject
    SignedInUser signedIn;

    @Inject
    People people;

    private String confirmation;
    private String pseudonym;
    private List<String> focalPointOf = List.of();

    @PostConstruct
    void load() {
        if (people.find(signedIn.getUsername()).isEmpty()) {
            people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
        }
        try {
            pseudonym = personalData.pseudonym();
            focalPointOf = personalData.focalPointOf();
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
        }
    }

    public String delete() {
        try {
            personalData.erase(confirmation);
        } catch (Refusal refusal) {
            Messages.refused(null, refusal);
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
            external.redirect(external.getRequestContextPath() + "/privacy.xhtml?erased=true");
        } catch (ServletException | IOException e) {
            LOG.warning(() -> "The account was erased, but the way to the privacy page failed: " + e.getMessage());
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    public String getUsername() { return signedIn.getUsername(); }
    public String getPseudonym() { return pseudonym; }
    public List<String> getFocalPointOf() { return focalPointOf; }
    public String getFocalPointNames() { return String.join(", ", focalPointOf); }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
