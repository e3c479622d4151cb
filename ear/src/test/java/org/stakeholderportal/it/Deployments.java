package org.stakeholderportal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives integration tests deploy: always built from what `mvn package` produced, never class by class. */
public final class Deployments {

    private Deployments() {
    }

    /** The real application, exactly as it ships. */
    public static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
    }

    /**
     * The domain (the real EJB jar and the libraries the EAR ships) in a WAR, for in-container tests of the
     * boundaries; Arquillian adds the test class. Extra classes are test helpers such as {@link AsRole}.
     */
    public static WebArchive domain(String name, Class<?>... helpers) {
        EnterpriseArchive ear = portal();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        ear.getContent(path -> path.get().startsWith("/lib/") && path.get().endsWith(".jar")).keySet()
                .forEach((ArchivePath path) -> war.addAsLibrary(ear.getAsType(JavaArchive.class, path)));
        war.addAsLibrary(ear.getAsType(JavaArchive.class, "/portal-ejb.jar"));
        war.addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        // What the EJB jar's manifest asks for in the EAR; a library's manifest is not read in a WAR.
        war.addAsWebInfResource(new StringAsset("<jboss-deployment-structure><deployment><dependencies>"
                + "<module name=\"org.apache.lucene\"/></dependencies></deployment></jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
        war.addClasses(helpers);
        return war;
    }
}
