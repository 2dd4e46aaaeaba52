package se.omvarldsradar.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Serves HTTP requests on Tomcat's pool of platform threads even where the application uses virtual
 * threads. A search is pure CPU work; virtual threads are not time-sliced, and with two cores and eight
 * concurrent searches some requests waited seconds for a carrier (measured in docs/benchmarks.md), while
 * platform threads kept every request under 0.2 s. {@code radar.web.virtual-threads=true} restores them.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
    private final boolean virtual;

    RequestThreads(@Value("${radar.web.virtual-threads:false}") boolean virtual) {
        this.virtual = virtual;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!virtual) {
            // A null executor makes Tomcat create its own pool (server.tomcat.threads.*) when it starts.
            factory.addProtocolHandlerCustomizers(handler -> handler.setExecutor(null));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Boot's virtual-thread customizer, so this executor wins
    }
}
