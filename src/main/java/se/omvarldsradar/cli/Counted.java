package se.omvarldsradar.cli;

/** A count with its noun in the right number, for the commands' summary lines: "1 source", "2 sources". */
final class Counted {
    private Counted() {
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
