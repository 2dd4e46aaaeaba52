package se.omvarldsradar.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The extractor for each source type. */
@Component
public class Extractors {
    private final Map<String, Extractor> byType;

    public Extractors(List<Extractor> extractors) {
        this.byType = extractors.stream().collect(Collectors.toUnmodifiableMap(Extractor::type, Function.identity()));
    }

    public Extractor forType(String type) {
        Extractor e = byType.get(type);
        if (e == null) {
            throw new ExtractionException("no extractor for source type '" + type + "' yet");
        }
        return e;
    }
}
