package se.omvarldsradar.cli;

import picocli.CommandLine.Command;

/** The top command; each subcommand is one operation over the application's beans. */
@Command(name = "omvarldsradar", mixinStandardHelpOptions = true,
        subcommands = {CrawlCommand.class, ClassifyCommand.class, DigestCommand.class, ReindexCommand.class,
                RetagCommand.class},
        description = "Omvärldsradar: EU funding calls and news for the municipality.")
class RadarCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
