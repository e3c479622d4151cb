package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The secretariat creates a process, imports a draft file, sees a hostile file refused, and opens a window. */
class SecretariatDraftsBrowserIT extends PortalBlackBox {

    @Test
    void secretariatImportsADraftAndOpensAConsultationWindow() throws Exception {
        String code = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");

            browser.waitFor("#process-form\\:code").sendKeys(code);
            browser.driver().findElement(By.id("process-form:name")).sendKeys("Browser test process " + code);
            WebElement zone = browser.driver().findElement(By.id("process-form:zone"));
            zone.clear();
            zone.sendKeys("Europe/Vienna");
            browser.driver().findElement(By.id("process-form:create")).click();
            assertTrue(browser.text(".message-info").contains(code), "the process is created");

            browser.driver().findElement(By.xpath("//h2[contains(., '" + code + "')]/following-sibling::p/a")).click();
            Path hostile = Files.createTempFile("hostile", ".xml");
            Files.writeString(hostile, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
            browser.waitFor("#import-form\\:label").sendKeys("Draft text");
            browser.driver().findElement(By.id("import-form:file")).sendKeys(hostile.toAbsolutePath().toString());
            browser.driver().findElement(By.id("import-form:import")).click();
            String refusal = browser.text("#import-form\\:file-error");
            assertTrue(refusal.contains("line"), "the refusal says where: " + refusal);
            assertTrue(!refusal.contains("root:"), "and never shows the file it tried to reach");

            File sample = new File("../ejb/src/test/resources/akn/convention-sample.xml").getCanonicalFile();
            browser.driver().findElement(By.id("import-form:file")).sendKeys(sample.getAbsolutePath());
            browser.driver().findElement(By.id("import-form:import")).click();
            assertTrue(browser.text(".message-info").contains("articles"), "imported");

            // The same draft in French, from its own file: the reader then switches the article's text language.
            String english = Files.readString(sample.toPath());
            String sentence = "The purposes of this Convention are to promote measures that prevent misuse of networked systems";
            String phrase = "La présente Convention a pour objet de promouvoir des mesures qui préviennent l’utilisation abusive";
            assertTrue(english.contains(sentence));
            Path french = Files.createTempFile("convention-fr", ".xml");
            Files.writeString(french, english.replace("language=\"eng\"", "language=\"fra\"").replace(sentence, phrase));
            new Select(browser.waitFor("#language-form\\:version-language")).selectByValue("fr");
            browser.driver().findElement(By.id("language-form:version-file")).sendKeys(french.toAbsolutePath().toString());
            browser.driver().findElement(By.id("language-form:import-language-version")).click();
            assertTrue(browser.text(".message-info").contains("language version"), browser.text(".message-info"));

            browser.waitFor("#import-result a").click();
            assertTrue(browser.has(".toc-article"), "the imported draft has a table of contents");
            browser.screenshot("secretariat-imported-draft");
            browser.driver().findElement(By.partialLinkText("Statement of purpose")).click();
            assertTrue(browser.text(".provision-article").contains(sentence));
            browser.driver().findElement(By.cssSelector("#text-languages a[hreflang='fr']")).click();
            browser.waitFor("#article-title");
            assertTrue(browser.text(".provision-article").contains(phrase), "the French text is shown");
            assertEquals("fr", browser.driver().findElement(By.cssSelector(".provision .text[lang]")).getAttribute("lang"));
            browser.screenshot("article-in-french");

            browser.open(url("/secretariat/index.xhtml"));
            browser.driver().findElement(By.xpath("//h2[contains(., '" + code + "')]/following-sibling::ul//a[contains(., 'Consultation windows')]")).click();
            browser.waitFor("#window-form\\:title").sendKeys("Written input");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].value = '2030-01-01T09:00';", browser.driver().findElement(By.id("window-form:opens")));
            js.executeScript("arguments[0].value = '2040-01-01T18:00';", browser.driver().findElement(By.id("window-form:closes")));
            browser.driver().findElement(By.id("window-form:open")).click();
            assertTrue(browser.text(".message-info").contains("opened"));
            assertTrue(browser.text(".window-closes").startsWith("2040-01-01 18:00"), "the deadline in the official zone");
        }
    }
}
