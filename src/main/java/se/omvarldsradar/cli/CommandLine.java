package se.omvarldsradar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import se.omvarldsradar.config.ConfigLoader;
import se.omvarldsradar.config.InvalidConfigException;

/**
 * Entry of the command line: separates Spring properties ({@code --name=value}, {@code --config FILE})
 * from the command's own arguments, starts the application without the web server and schedules, and runs
 * the picocli command with its beans.
 */
public final class CommandLine {
    static final Set<String> COMMANDS = Set.of("crawl", "classify", "digest", "reindex", "retag", "check-config",
            "hash-password");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> app, String[] args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        String configFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--config") && i + 1 < args.length) {
                configFile = args[++i];
            } else if (a.startsWith("--config=")) {
                configFile = a.substring("--config=".length());
            } else if (a.startsWith("--radar.config=")) {
                configFile = a.substring("--radar.config=".length()); // passed on once, below: twice, Spring would join them
            } else if (a.matches("--[a-z][\\w-]*\\.[\\w.\\[\\]-]+=.*")) {
                springArgs.add(a);
            } else {
                commandArgs.add(a);
            }
        }
        if (configFile != null) {
            springArgs.add("--radar.config=" + configFile);
        }
        if (args[0].equals("hash-password")) {
            return HashPasswordCommand.run(System.console(), System.in, System.out);
        }
        if (args[0].equals("check-config")) {
            return CheckConfigCommand.check(Path.of(configFile != null ? configFile : "./feeds.yml"), System.out, System.err);
        }
        SpringApplication application = new SpringApplication(app);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        springArgs.add("--spring.quartz.auto-startup=false");
        springArgs.add("--radar.cli=true");
        springArgs.add("--logging.level.root=WARN");
        // A failed start is reported once, below: the problems of feeds.yml as they are, anything else as its exception.
        springArgs.add("--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF");
        springArgs.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR");
        springArgs.add("--spring.main.log-startup-info=false");
        if (args[0].equals("classify")) {
            // its standard output is JSON lines (or the evaluation) for other programs: no log lines among them
            springArgs.add("--logging.pattern.console=");
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            InvalidConfigException invalid = findInvalidConfig(e);
            if (invalid != null) {
                System.err.println(invalid.getMessage());
                return 1;
            }
            throw e;
        }
        try {
            picocli.CommandLine cli = new picocli.CommandLine(new RadarCommand(), new BeanFactory(context));
            return cli.execute(commandArgs.toArray(String[]::new));
        } finally {
            context.close();
        }
    }

    static InvalidConfigException findInvalidConfig(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidConfigException i) {
                return i;
            }
        }
        return null;
    }

    /** Lets picocli build commands with their beans injected from the context. */
    private record BeanFactory(ConfigurableApplicationContext context) implements picocli.CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return context.getAutowireCapableBeanFactory().createBean(cls);
            } catch (Exception e) {
                return picocli.CommandLine.defaultFactory().create(cls);
            }
        }
    }

    static void validate(Path file) {
        ConfigLoader.load(file);
    }
}
