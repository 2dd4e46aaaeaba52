package se.omvarldsradar.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.CallDetails.CallStatus;
import se.omvarldsradar.extract.ExtractedItem;

class CallDetailsReaderTests {
    private final CallDetailsReader reader = TestConfig.CLASSIFIERS.callDetails();

    private CallDetails read(String text) {
        return reader.read(new ExtractedItem("id", null, "Utlysning", text, null, null, null, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sista ansökningsdag: 15 mars 2026.                                   | 2026-03-15T22:59:59Z
            Deadline: 12 February 2026 17:00:00 Brussels time                    | 2026-02-12T16:00:00Z
            Deadline: 15 June 2026 17:00 CEST                                    | 2026-06-15T15:00:00Z
            Deadline: February 12, 2026                                          | 2026-02-12T22:59:59Z
            Sista ansökningsdag 2026-03-15                                       | 2026-03-15T22:59:59Z
            Ansök senast 15.03.2026                                              | 2026-03-15T22:59:59Z
            Ansök senast den 1 september 2026 kl. 14.00                          | 2026-09-01T12:00:00Z
            Deadline: 2026-09-30 17:00 UTC                                       | 2026-09-30T17:00:00Z
            Deadline: 13/04/2026                                                 | 2026-04-13T21:59:59Z
            Deadline: 04/13/2026                                                 | 2026-04-13T21:59:59Z
            Deadline: 03/04/2026                                                 | -
            Deadline: TBC                                                        | -
            Deadline: 31 February 2026                                           | -
            Cut-off dates: 12 February 2026, 15 September 2026                   | 2026-02-12T22:59:59Z 2026-09-15T21:59:59Z
            Published 2026-01-10. Deadline date: 30 April 2026                   | 2026-04-30T21:59:59Z
            Senast uppdaterad 2026-01-10. Information om utlysningen kommer.     | -
            The conference takes place on 4 May 2026 in Brussels.                | -
            """)
    void readsDeadlinesInSwedishAndEnglishAndLeavesAmbiguousOnesEmpty(String text, String expected) {
        CallDetails call = read(text);

        List<Instant> deadlines = call == null ? List.of() : call.deadlines();
        List<Instant> wanted = expected == null ? List.of() : Arrays.stream(expected.split(" ")).map(Instant::parse).toList();
        assertThat(deadlines).containsExactlyElementsOf(wanted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Topic HORIZON-CL5-2026-D3-01 is open for submission.       | HORIZON-CL5-2026-D3-01            | Horizon Europe
            Call ERASMUS-EDU-2026-PI-ALL-INNO, cooperation partnerships | ERASMUS-EDU-2026-PI-ALL-INNO      | Erasmus+
            LIFE-2026-SAP-NAT Nature and Biodiversity                  | LIFE-2026-SAP-NAT                 | LIFE
            CEF-T-2026-SUSTMOB-WORKS under the Connecting Europe Facility | CEF-T-2026-SUSTMOB-WORKS       | CEF
            DIGITAL-JU-CHIPS-2026-SKILLS-HOE-SG skills hubs            | DIGITAL-JU-CHIPS-2026-SKILLS-HOE-SG | Digital Europe
            Vinnova utlyser medel, diarienummer 2024-01234.            | 2024-01234                        | Vinnova
            Utlysning inom Interreg Aurora för gränsöverskridande samarbete | -                            | Interreg
            Projekt inom Europeiska socialfonden i Gävleborg           | -                                 | ESF+
            Regionalfonden (ERUF) finansierar projektet                | -                                 | ERDF
            The European Regional Development Fund supports the call   | -                                 | ERDF
            Kreativa Europa stöder kulturella samarbetsprojekt          | -                                 | Creative Europe
            Creative Europe MEDIA supports audiovisual works           | -                                 | Creative Europe
            The CERV programme funds civil society                     | -                                 | CERV
            Call under EU4Health on cancer screening                   | -                                 | EU4Health
            Single Market Programme support for SMEs                   | -                                 | Single Market Programme
            Tillväxtverket utlyser stöd till regional utveckling       | -                                 | Tillväxtverket
            Utlysning inom Horisont Europa                             | -                                 | Horizon Europe
            Improving the quality of life of older patients            | -                                 | -
            """)
    void readsCallIdentifiersAndProgrammes(String text, String callId, String programme) {
        CallDetails call = read(text);

        assertThat(call == null ? null : call.callId()).isEqualTo(callId);
        assertThat(call == null ? null : call.programme()).isEqualTo(programme);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Utlysningen omfattar 5 miljoner kronor.                     | 5000000  | SEK
            Indicative budget: EUR 3 000 000                            | 3000000  | EUR
            Total budget €3,000,000 for the call                        | 3000000  | EUR
            Budget: EUR 3.5 million                                     | 3500000  | EUR
            Budgeten är 2,5 MSEK                                        | 2500000  | SEK
            Totalt 800 000 kr kan sökas                                 | 800000   | SEK
            Budget 10 miljoner euro                                     | 10000000 | EUR
            Budget EUR 10 million; grants up to EUR 500 000 each        | 10000000 | EUR
            Grants of EUR 60 000 or EUR 100 000 per project             | -        | -
            Budget: TBC                                                 | -        | -
            """)
    void readsBudgetsInEurosAndKronor(String text, Long amount, String currency) {
        CallDetails call = read(text);

        assertThat(call == null ? null : call.budgetAmount()).isEqualTo(amount);
        assertThat(call == null ? null : call.budgetCurrency()).isEqualTo(currency);
    }

    @Test
    void computesStatusFromTheDatesRead() {
        CallDetails call = read("Öppnar 1 februari 2026. Sista ansökningsdag: 15 mars 2026.");

        assertThat(call.status()).isNull();
        assertThat(call.statusAt(Instant.parse("2026-01-15T00:00:00Z"))).isEqualTo(CallStatus.FORTHCOMING);
        assertThat(call.statusAt(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(CallStatus.OPEN);
        assertThat(call.statusAt(Instant.parse("2026-03-16T00:00:00Z"))).isEqualTo(CallStatus.CLOSED);
    }

    @Test
    void keepsWhatTheSourceGaveAndFillsTheGapsFromText() {
        Instant given = Instant.parse("2026-05-05T15:00:00Z");
        CallDetails source = new CallDetails(null, "Title", null, "RIA", null, null, List.of(given), null, null);
        ExtractedItem item = new ExtractedItem("id", null, "HORIZON-CL4-2026-01", "Deadline: 1 June 2026. Budget EUR 2 million.",
                null, null, "en", List.of(), source);

        CallDetails call = reader.read(item);

        assertThat(call.deadlines()).containsExactly(given);
        assertThat(call.callId()).isEqualTo("HORIZON-CL4-2026-01");
        assertThat(call.programme()).isEqualTo("Horizon Europe");
        assertThat(call.actionType()).isEqualTo("RIA");
        assertThat(call.budgetAmount()).isEqualTo(2_000_000L);
    }

    @Test
    void givesNothingForTextWithoutCallDetails() {
        assertThat(read("Kommunen informerar om nya öppettider i biblioteket.")).isNull();
    }
}
