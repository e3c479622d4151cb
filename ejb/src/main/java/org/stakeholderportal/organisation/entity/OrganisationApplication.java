package org.stakeholderportal.organisation.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person fills in to apply on behalf of a new organisation. The constraints carry message keys
 * (ValidationMessages, six languages), so the form explains each error next to its field.
 */
public class OrganisationApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 300, message = "{organisation.tooLong}")
    private String name;

    @NotBlank(message = "{organisation.nameEnglish.required}")
    @Size(max = 300, message = "{organisation.tooLong}")
    private String nameEnglish;

    @Size(max = 30, message = "{organisation.tooLong}")
    private String acronym;

    @NotBlank(message = "{organisation.category.required}")
    private String category;

    @NotBlank(message = "{organisation.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{organisation.country.required}")
    private String country;

    @NotNull(message = "{organisation.region.required}")
    private UnRegion region;

    @Size(max = 300, message = "{organisation.tooLong}")
    @Pattern(regexp = "^$|https?://[^\\s<>\"]+", message = "{organisation.website.invalid}")
    private String website;

    @NotBlank(message = "{organisation.description.required}")
    @Size(min = 20, max = 5000, message = "{organisation.description.length}")
    private String description;

    @NotNull(message = "{organisation.ecosoc.required}")
    private EcosocStatus ecosocStatus = EcosocStatus.NONE;

    @NotBlank(message = "{organisation.contactName.required}")
    @Size(max = 200, message = "{organisation.tooLong}")
    private String contactName;

    @NotBlank(message = "{organisation.contactEmail.invalid}")
    @Email(message = "{organisation.contactEmail.invalid}")
    @Size(max = 320, message = "{organisation.tooLong}")
    private String contactEmail;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEnglish() { return nameEnglish; }
    public void setNameEnglish(String nameEnglish) { this.nameEnglish = nameEnglish; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public UnRegion getRegion() { return region; }
    public void setRegion(UnRegion region) { this.region = region; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EcosocStatus getEcosocStatus() { return ecosocStatus; }
    public void setEcosocStatus(EcosocStatus ecosocStatus) { this.ecosocStatus = ecosocStatus; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
