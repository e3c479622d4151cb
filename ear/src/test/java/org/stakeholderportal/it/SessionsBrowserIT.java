package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * On a phone, a stakeholder registers a representative for the demo's formal session and asks to speak on an
 * agenda item for a coalition; the secretariat confirms and publishes the speakers' list; the public calendar shows it.
 */
class SessionsBrowserIT extends PortalBlackBox {

    @Test
    void aRepresentativeAsksToSpeakForACoalitionAndTheConfirmedListIsPublic() throws Exception {
        String name = "Speaker " + UUID.randomUUID().toString().substring(0, 6);
        long item;
        long process;
        try (java.sql.Connection db = TestStackAccess.database(); java.sql.ResultSet row = db.createStatement().executeQuery(
                "SELECT i.id, p.id FROM agenda_item i JOIN committee_session s ON s.id = i.session_id JOIN negotiation_process p"
                        + " ON p.id = s.process_id WHERE p.code = 'AHC' AND i.item_number = '4'")) {
            assertTrue(row.next());
            item = row.getLong(1);
            process = row.getLong(2);
        }
        try (Browser stakeholder = Browser.phone()) {
            stakeholder.open(url("/workspace/index.xhtml"));
            stakeholder.signInAtKeycloak("amina", "amina");
            stakeholder.waitFor("#sessions-link");
            stakeholder.open(url("/workspace/sessions.xhtml?process=" + process + "&lang=en"));
            WebElement session = stakeholder.driver().findElement(By.xpath("//section[h2[normalize-space()='Sixth session']]"));
            session.findElement(By.cssSelector("input[id$='register-form:name']")).sendKeys(name);
            session.findElement(By.cssSelector("input[id$='register-form:email']")).sendKeys(name.replace(' ', '.').toLowerCase() + "@example.org");
            new Select(session.findElement(By.cssSelector("select[id$='register-form:seat']"))).selectByValue("ONLINE");
            new Select(session.findElement(By.cssSelector("select[id$='register-form:gender']"))).selectByValue("WOMAN");
            session.findElement(By.cssSelector("input[id$='register-form:register']")).click();
            stakeholder.waitForText("#messages", "registered");

            session = stakeholder.driver().findElement(By.xpath("//section[h2[normalize-space()='Sixth session']]"));
            WebElement agendaItem = session.findElement(By.xpath(".//div[contains(@class,'agenda-item')][p[strong[normalize-space()='4.']]]"));
            new Select(agendaItem.findElement(By.tagName("select"))).selectByVisibleText(name);
            new Select(agendaItem.findElement(By.cssSelector("select[multiple]"))).selectByVisibleText("Global Internet Freedom Coalition");
            agendaItem.findElement(By.cssSelector("input[id$='ask']")).click();
            stakeholder.waitForText("#messages", "on the list");
            stakeholder.screenshot("sessions-asked-to-speak");
        }
        try (Browser secretariat = Browser.desktop()) {
            secretariat.open(url("/secretariat/index.xhtml"));
            secretariat.signInAtKeycloak("sofia", "sofia");
            secretariat.waitFor(".review-link");
            secretariat.open(url("/secretariat/speakers.xhtml?item=" + item + "&lang=en"));
            WebElement row = secretariat.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]"));
            assertTrue(row.getText().contains("Global Internet Freedom Coalition"), "the coalition is shown: " + row.getText());
            row.findElement(By.cssSelector("input[id$='confirm']")).click();
            assertTrue(secretariat.text(".balance").contains("woman"), "the balance counts the speaker by gender");
            secretariat.driver().findElement(By.id("list-form:publish")).click();
            assertTrue(secretariat.text("#list-state").contains("published"), secretariat.text("#list-state"));
            secretariat.screenshot("sessions-speakers-published");
        }
        String calendar = TestStackAccess.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/sessions.xhtml?process=" + process)))
                .build()).body();
        assertTrue(calendar.contains(name), "the published list is on the public calendar");
        assertTrue(calendar.contains("Global Internet Freedom Coalition"), "with the organisations the spokesperson speaks for");
        TestStackAccess.awaitMail(name.replace(' ', '.').toLowerCase() + "@example.org", "speakers’ list");
    }
}
