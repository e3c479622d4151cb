package org.stakeholderportal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Labels built from data, where word order differs between languages ("Article 5", "第5条"). */
@Named
@RequestScoped
public class Labels {

    /** An article's label: the number as the draft wrote it when it carries its own word, else "Article n". */
    public String article(String num, boolean numberWithWord) {
        return numberWithWord ? num : Messages.text("article.numbered", num);
    }
}
