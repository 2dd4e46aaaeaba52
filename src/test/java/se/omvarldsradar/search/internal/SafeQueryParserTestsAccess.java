package se.omvarldsradar.search.internal;

import java.util.List;

/** Shares the hostile query table with tests in other packages. */
public final class SafeQueryParserTestsAccess {
    private SafeQueryParserTestsAccess() {
    }

    public static List<String> hostile() {
        return SafeQueryParserTests.hostile();
    }
}
