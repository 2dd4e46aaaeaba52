package se.omvarldsradar.config;

import java.util.List;

/** A municipal department or company and its contact persons. */
public record Department(String name, List<Contact> contacts) {
    public Department {
        contacts = List.copyOf(contacts);
    }
}
