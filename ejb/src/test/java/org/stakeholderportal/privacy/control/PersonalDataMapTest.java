package org.stakeholderportal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PersonalDataMapTest {

    @Test
    void aNameWithRegexCharactersMatchesOnlyItself() {
        Pattern name = Pattern.compile(PersonalDataMap.regexLiteral("J. (Jo) Smith+1"));
        assertTrue(name.matcher("Dear J. (Jo) Smith+1,").find());
        assertFalse(name.matcher("Dear JX (Jo) Smith1,").find());
    }

    @Test
    void aUsernameIsReplacedAsAWholeWordOnly() {
        Pattern username = Pattern.compile(PersonalDataMap.wholeUsername("ann"));
        assertTrue(username.matcher("assigned to ann, then").find());
        assertTrue(username.matcher("ann.").find(), "at the end of a sentence");
        assertFalse(username.matcher("the annual report").find());
        assertFalse(username.matcher("joann asked").find());
        assertFalse(username.matcher("ann@example.org").find(), "an address is replaced as an address");
        assertFalse(username.matcher("ann.smith asked").find(), "another, longer username");
    }

    @Test
    void theAdminApiLivesBesideTheRealm() {
        assertEquals("https://id.example.org/admin/realms/portal", IdentityAccounts.adminUrl("https://id.example.org/realms/portal/"));
        assertEquals("http://127.0.0.1:8180/auth/admin/realms/portal", IdentityAccounts.adminUrl("http://127.0.0.1:8180/auth/realms/portal"));
    }
}
