package se.omvarldsradar.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlCheckTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://localhost:8080         | readers cannot reach
            https://localhost             | readers cannot reach
            http://127.0.0.1:8080/        | readers cannot reach
            https://radar.localhost       | readers cannot reach
            http://radar.gavle.se         | is not https
            radar.gavle.se                | is not a full address
            'https://radar gavle.se'      | is not a valid address
            """)
    void linksReadersCannotUseAreNamed(String url, String problem) {
        assertThat(PublicUrlCheck.problem(url)).hasValueSatisfying(p -> assertThat(p).contains(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://radar.gavle.se", "https://intranat.gavle.se/omvarldsradar/", "HTTPS://Radar.Gavle.se"})
    void anHttpsAddressOthersReachIsFine(String url) {
        assertThat(PublicUrlCheck.problem(url)).isEmpty();
    }
}
