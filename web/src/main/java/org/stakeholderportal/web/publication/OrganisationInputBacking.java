package org.stakeholderportal.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;

/** organisations/input.xhtml: everything one organisation has had published, for everyone to read. */
@Named
@RequestScoped
public class OrganisationInputBacking {

    @Inject
    PublishedInput publishedInput;

    private Long id;
    private String name;
    private List<PublishedContribution> input = List.of();

    public void load() throws IOException {
        name = id == null ? null : publishedInput.publicName(id).orElse(null);
        if (name == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Not found");
            context.responseComplete();
            return;
        }
        input = publishedInput.ofOrganisation(id);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public List<PublishedContribution> getInput() { return input; }
}
