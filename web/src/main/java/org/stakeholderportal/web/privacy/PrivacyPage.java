package org.stakeholderportal.web.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.stakeholderportal.notification.boundary.MailRetention;

/** privacy.xhtml: the retention periods it states are the ones the portal applies. */
@Named
@ApplicationScoped
public class PrivacyPage {

    public int getMailRetentionDays() {
        return MailRetention.DAYS;
    }
}
