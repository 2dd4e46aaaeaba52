package se.omvarldsradar.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may see what. Staff pages (search, items, overview, alerts, the API and exports) need a login; the
 * office's pages ({@code /admin/**}, sources, actuator beyond health) need the ADMIN role; unsubscribe and
 * preferences work only with a valid signed token and need no login. CSRF on every form, a strict CSP on every
 * response, failed logins throttled.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String SHIPPED_HASH = "$2a$10$/705qlAh2aNRHaOspnAAtON0tE5mj9lrD.dyhBSyDVwA4ttzh0Fmi";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, LoginThrottleFilter throttle,
            Optional<ClientRegistrationRepository> oidc, SecuritySettings settings) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/css/**", "/js/**", "/favicon.ico", "/login", "/error").permitAll()
                .requestMatchers("/unsubscribe", "/preferences", "/alerts/confirm").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/admin/**", "/sources", "/actuator/**").hasRole("ADMIN")
                .anyRequest().hasAnyRole("STAFF", "ADMIN"))
                .formLogin(f -> f.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // The one-click unsubscribe POST comes from mail clients, not our pages; its signed token is the check.
                .csrf(c -> c.ignoringRequestMatchers(path.matcher("/unsubscribe")).csrfTokenRequestHandler(eagerCsrf()))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(path.matcher("/swagger-ui/**")), new ContentSecurityPolicyHeaderWriter(CSP)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        if (oidc.isPresent()) {
            http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.userAuthoritiesMapper(rolesFromClaim(settings))));
        }
        return http.build();
    }

    /**
     * Loads the CSRF token before a page renders: a long page (a long query echoed in every link) is partly
     * sent before its forms, and a session cannot be started once the response is under way. Machine answers
     * (the JSON API, Atom, iCalendar, actuator) have no forms: there the token stays deferred, so a script or
     * feed reader sending HTTP Basic on every request does not start a session each time.
     */
    private static CsrfTokenRequestHandler eagerCsrf() {
        XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
        eager.setCsrfRequestAttributeName(null);
        XorCsrfTokenRequestAttributeHandler deferred = new XorCsrfTokenRequestAttributeHandler();
        return new CsrfTokenRequestHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
                (machineAnswer(request) ? deferred : eager).handle(request, response, token);
            }

            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
                return eager.resolveCsrfTokenValue(request, token);
            }
        };
    }

    static boolean machineAnswer(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
                || path.endsWith(".atom") || path.endsWith(".ics");
    }

    /**
     * Local users' password checks, with recent successes remembered (see {@link CachingAuthenticationProvider}).
     * The users are deliberately not a bean of their own: Spring Security would then build its own global
     * manager from them and ask it instead of this one, checking bcrypt on every HTTP Basic request.
     */
    @Bean
    AuthenticationManager authenticationManager(SecuritySettings settings, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users(settings));
        dao.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new CachingAuthenticationProvider(dao, Duration.ofMinutes(5), Clock.systemUTC()));
        manager.setAuthenticationEventPublisher(events); // failed logins feed the throttle
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static UserDetailsService users(SecuritySettings settings) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (SecuritySettings.User u : settings.users()) {
            String hash = u.password().startsWith("{") ? u.password() : "{bcrypt}" + u.password();
            if (hash.contains(SHIPPED_HASH)) {
                log.warn("User '{}' still has the shipped development password; set radar.security.users before production", u.name());
            }
            users.createUser(User.withUsername(u.name()).password(hash)
                    .roles(u.roles().stream().map(r -> r.toUpperCase(Locale.ROOT)).toArray(String[]::new)).build());
        }
        return users;
    }

    /** Maps the values of the configured claim (roles or groups) to STAFF and ADMIN. */
    static GrantedAuthoritiesMapper rolesFromClaim(SecuritySettings settings) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>();
            for (GrantedAuthority a : authorities) {
                if (a instanceof OidcUserAuthority oidc) {
                    Object claim = oidc.getIdToken().getClaims().getOrDefault(settings.rolesClaim(),
                            oidc.getUserInfo() == null ? null : oidc.getUserInfo().getClaims().get(settings.rolesClaim()));
                    for (String value : values(claim)) {
                        if (contains(settings.adminValues(), value)) {
                            mapped.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
                        }
                        if (contains(settings.staffValues(), value)) {
                            mapped.add(new SimpleGrantedAuthority("ROLE_STAFF"));
                        }
                    }
                }
            }
            return mapped;
        };
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim).split("[,\\s]+"));
    }

    private static boolean contains(List<String> list, String value) {
        return list.stream().anyMatch(v -> v.equalsIgnoreCase(value));
    }
}
