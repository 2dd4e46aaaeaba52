package se.omvarldsradar.classify.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.omvarldsradar.classify.CallDetailsReader;
import se.omvarldsradar.classify.Tagger;
import se.omvarldsradar.config.CurrentConfig;

/** The tagger and call-detail reader as beans; they share one language detector (its profiles load once). */
@Configuration(proxyBeanMethods = false)
class ClassifyConfiguration {

    @Bean
    LanguageGuesser languageGuesser() {
        return new LanguageGuesser();
    }

    @Bean
    Tagger tagger(CurrentConfig config, LanguageGuesser languages) {
        return new AnalysedTagger(config::get, languages);
    }

    @Bean
    CallDetailsReader callDetailsReader(LanguageGuesser languages) {
        return new TextCallDetails(languages);
    }
}
