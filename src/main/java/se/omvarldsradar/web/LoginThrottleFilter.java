package se.omvarldsradar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts (form or HTTP Basic) from an address or for a name that failed too often lately,
 * with 429 and the same words whatever the name: nothing tells whether an account exists.
 */
@Component
class LoginThrottleFilter extends OncePerRequestFilter {
    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = null;
        boolean attempt = false;
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            attempt = true;
            username = request.getParameter("username");
        } else {
            String auth = request.getHeader("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                attempt = true;
                username = basicUser(auth.substring(6).strip());
            }
        }
        if (attempt && attempts.blocked(request.getRemoteAddr(), username)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "900");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("För många misslyckade inloggningar. Försök igen senare. / Too many failed logins; try again later.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
