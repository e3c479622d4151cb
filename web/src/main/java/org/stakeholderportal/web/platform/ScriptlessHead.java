package org.stakeholderportal.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' head renderer without its inline settings script. PrimeFaces writes {@code PrimeFaces.settings={…}}
 * as an inline {@code <script>} into every page head, which a Content-Security-Policy without
 * {@code 'unsafe-inline'} blocks (and its nonce mode fails on stateful views, see web.xml). The settings only
 * configure PrimeFaces widgets and the portal's pages use none (no {@code p:} tags), so nothing reads them. The
 * theme and any other head resources are rendered as before.
 */
public class ScriptlessHead extends HeadRenderer {

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext requestContext, PrimeConfiguration configuration,
            ResponseWriter writer) throws IOException {
        // The settings script is left out on purpose (class comment).
    }
}
