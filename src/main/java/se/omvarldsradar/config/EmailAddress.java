package se.omvarldsradar.config;

import java.util.regex.Pattern;

/** The one check of what counts as an e-mail address, for feeds.yml contacts and alert owners alike. */
public final class EmailAddress {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && EMAIL.matcher(address).matches();
    }
}
