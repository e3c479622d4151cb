package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The secretariat circulates a non-objection list of two applicants without ECOSOC status, a member State's
 * delegate objects to one of them, and after the deadline only the other is accredited.
 */
class NonObjectionBrowserIT extends PortalBlackBox {

    private static final ZoneId OFFICIAL = ZoneId.of("Europe/Vienna");

    @Test
    void aDelegatesObjectionKeepsOneApplicantOutWhileTheOtherIsAccreditedAtTheDeadline() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long process = process("NO" + tag);
        String quiet = "Quiet Research Network " + tag;
        String contested = "Contested Advocacy Group " + tag;
        long quietId = pendingApplicant(process, quiet);
        long contestedId = pendingApplicant(process, contested);

        try (Browser secretariat = Browser.desktop(); Browser delegate = Browser.phone()) {
            secretariat.open(url("/secretariat/index.xhtml"));
            secretariat.signInAtKeycloak("sofia", "sofia");
            secretariat.waitFor(".review-link");
            // The language is kept per account and other tests switch sofia's: this one reads English.
            secretariat.open(url("/secretariat/non-objection.xhtml?process=" + process + "&lang=en"));
            for (String name : new String[] {quiet, contested}) {
                secretariat.driver().findElement(By.xpath("//label[contains(., '" + name + "')]")).click();
            }
            secretariat.driver().findElement(By.id("propose-form:list-title")).sendKeys("List " + tag);
            secretariat.driver().findElement(By.id("propose-form:propose")).click();
            WebElement deadline = secretariat.waitFor("input[type=datetime-local]");
            Instant due = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
            ((JavascriptExecutor) secretariat.driver()).executeScript("arguments[0].value = arguments[1];", deadline,
                    LocalDateTime.ofInstant(due, OFFICIAL).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            secretariat.driver().findElement(By.cssSelector("input[id$='circulate']")).click();
            secretariat.waitForText("#messages", "circulated");
            secretariat.screenshot("non-objection-circulated");

            delegate.open(url("/delegation/index.xhtml"));
            delegate.signInAtKeycloak("ines", "ines");
            delegate.waitFor("main");
            delegate.open(url("/delegation/index.xhtml?lang=en"));
            assertTrue(delegate.text("#member-state").contains("Brazil"), delegate.text("#member-state"));
            WebElement applicant = delegate.driver().findElement(By.xpath("//article[h3[contains(., '" + contested + "')]]"));
            applicant.findElement(By.tagName("textarea")).sendKeys("Not independent of a party to the negotiation.");
            applicant.findElement(By.cssSelector("input[id$='object']")).click();
            delegate.waitForText("#messages", "recorded");
            assertTrue(delegate.driver().findElement(By.xpath("//article[h3[contains(., '" + contested + "')]]"))
                    .findElement(By.className("our-objection")).getText().contains("Not independent"));
            delegate.screenshot("non-objection-delegate-objected");

            awaitDecision(quietId, due);
            assertEquals("ACCREDITED", status(quietId), "no objection: accredited at the deadline");
            assertEquals("REJECTED", status(contestedId), "an objection: not accredited");

            secretariat.open(url("/secretariat/non-objection.xhtml?process=" + process));
            String objections = secretariat.text(".objections");
            assertTrue(objections.contains("Brazil") && objections.contains("Not independent"), "the secretariat sees who objected and why");
            assertTrue(secretariat.text(".objection-list").contains("accredited (no objection)"));
            secretariat.screenshot("non-objection-concluded");
        }
        String published = TestStackAccess.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/processes/" + process + "/organisations")))
                .build()).body();
        assertTrue(published.contains(quiet), "the accredited applicant is on the public list");
        assertFalse(published.contains(contested), "the objected one is not");
    }

    private static void awaitDecision(long accreditationId, Instant due) throws Exception {
        long until = System.currentTimeMillis() + Math.max(0, due.toEpochMilli() - System.currentTimeMillis()) + 60_000;
        while (System.currentTimeMillis() < until && "PENDING".equals(status(accreditationId))) {
            Thread.sleep(1000);
        }
    }

    private static long process(String code) throws SQLException {
        try (Connection db = TestStackAccess.database(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO negotiation_process (code, name, official_time_zone, created_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, "Non-objection browser test " + code);
            insert.setString(3, OFFICIAL.getId());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return id(insert);
        }
    }

    /** An application as the organisation form would have stored it: pending, without ECOSOC status. */
    private static long pendingApplicant(long process, String name) throws SQLException {
        try (Connection db = TestStackAccess.database()) {
            long organisation;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (name, name_english, acronym, category, country, region,"
                    + " website, description, ecosoc_status, contact_name, contact_email, created_at, created_by)"
                    + " VALUES (?, ?, NULL, 'NGO', 'KE', 'AFRICAN_STATES', NULL, 'Works on digital rights.', 'NONE', 'Focal point',"
                    + " 'focal@example.org', ?, 'browser-test')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, name);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                organisation = id(insert);
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO accreditation (organisation_id, process_id, status, applied_at, applied_by)"
                    + " VALUES (?, ?, 'PENDING', ?, 'browser-test')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, organisation);
                insert.setLong(2, process);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                return id(insert);
            }
        }
    }

    private static String status(long accreditationId) throws SQLException {
        try (Connection db = TestStackAccess.database();
                PreparedStatement query = db.prepareStatement("SELECT status FROM accreditation WHERE id = ?")) {
            query.setLong(1, accreditationId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long id(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
