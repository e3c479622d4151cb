package org.stakeholderportal.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's SMTP server (GreenMail): it accepts what the portal sends and keeps it, so nothing reaches
 * real people. The run command also writes each mail to data/logs/mail.log; the tests read them directly.
 */
public final class MailCatcher implements AutoCloseable {

    private final StackSettings settings;
    private GreenMail greenMail;
    private ScheduledExecutorService logger;
    private int logged;

    MailCatcher(StackSettings settings) {
        this.settings = settings;
    }

    void start() {
        Processes.requireFreePort(settings.smtpPort, "the local mail server", "PORTAL_SMTP_PORT");
        greenMail = new GreenMail(new ServerSetup(settings.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        if (!settings.testMode) {
            logger = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mail-log");
                t.setDaemon(true);
                return t;
            });
            logger.scheduleWithFixedDelay(this::logNewMail, 2, 2, TimeUnit.SECONDS);
        }
    }

    /** Every mail received so far. */
    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    private void logNewMail() {
        MimeMessage[] all = greenMail.getReceivedMessages();
        StringBuilder out = new StringBuilder();
        for (; logged < all.length; logged++) {
            try {
                out.append("To: ").append(String.join(", ", java.util.Arrays.stream(all[logged].getAllRecipients())
                                .map(Object::toString).toList()))
                        .append("\nSubject: ").append(all[logged].getSubject()).append("\n\n")
                        .append(all[logged].getContent()).append("\n----\n");
            } catch (MessagingException | IOException e) {
                out.append("(unreadable mail: ").append(e.getMessage()).append(")\n----\n");
            }
        }
        if (out.length() > 0) {
            try {
                Path log = settings.dataDir.resolve("logs/mail.log");
                Files.createDirectories(log.getParent());
                Files.writeString(log, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("Cannot write the mail log: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (logger != null) {
            logger.shutdownNow();
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
