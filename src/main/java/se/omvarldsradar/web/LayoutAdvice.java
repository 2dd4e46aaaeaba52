package se.omvarldsradar.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the link to this very page in the other language. */
@ControllerAdvice(assignableTypes = {SearchController.class, ItemController.class, OverviewController.class,
        SourcesController.class})
class LayoutAdvice {

    @ModelAttribute("otherLanguageLink")
    String otherLanguageLink(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "sv" : "en";
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other;
    }
}
