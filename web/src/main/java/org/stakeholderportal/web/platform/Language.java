package org.stakeholderportal.web.platform;

/** One interface language the portal offers, named in its own script. */
public class Language {

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    public Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String getCode() {
        return code;
    }

    public String getNativeName() {
        return nativeName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }
}
