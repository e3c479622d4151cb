package org.stakeholderportal.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test of the real EAR from outside, over HTTP or through a browser: what every such test shares. */
@ExtendWith(ArquillianExtension.class)
abstract class PortalBlackBox {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The portal's address of a path such as "/drafts/index.xhtml". */
    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
