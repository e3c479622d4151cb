package org.stakeholderportal.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stakeholderportal.platform.Refusal;

/**
 * Seeds the demonstration data the first time the portal starts with PORTAL_DEMO_DATA=true (the local stack
 * sets it). The seeding runs in its own transaction (DemoSeeder), so a failure here, such as another node
 * having seeded first, is logged and never stops the portal from starting.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    DemoSeeder seeder;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!"true".equalsIgnoreCase(System.getenv("PORTAL_DEMO_DATA"))) {
            return;
        }
        try {
            seeder.seed();
        } catch (Refusal | IOException | EJBException e) {
            LOG.log(Level.WARNING, "Demo data not seeded: " + e.getMessage(), e);
        }
    }
}
