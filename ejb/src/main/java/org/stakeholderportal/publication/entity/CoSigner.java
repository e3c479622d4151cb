package org.stakeholderportal.publication.entity;

import java.io.Serializable;
import org.stakeholderportal.organisation.entity.UnRegion;

/** An organisation listed as co-signer of published input, as the public reads it. */
public class CoSigner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String category;
    private final UnRegion region;

    public CoSigner(String name, String category, UnRegion region) {
        this.name = name;
        this.category = category;
        this.region = region;
    }

    public String getName() { return name; }
    public String getCategory() { return category; }
    public UnRegion getRegion() { return region; }
}
