package io.votewire.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * UN members, observer states and former members (member false) with their display names, read from the extraction engine's gazetteer
 * ({@code states.tsv}, copied in by the build), so a page shows "Belarus" where the records say BLR.
 */
@ApplicationScoped
public class Countries {
    /** A state as pages show it. */
    public record Country(String iso3, String name, boolean member) {
    }

    private final Map<String, Country> byIso3;

    public Countries() {
        this.byIso3 = load();
    }

    public Collection<Country> all() {
        return byIso3.values();
    }

    public Optional<Country> of(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /** The display name, or the code itself for a state the gazetteer does not know. */
    public String name(String iso3) {
        Country c = byIso3.get(iso3);
        return c == null ? iso3 : c.name();
    }

    private static Map<String, Country> load() {
        Map<String, Country> out = new LinkedHashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("states.tsv")) {
            if (in == null) {
                throw new IllegalStateException("states.tsv is missing from the gateway's resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // iso3, status, names (the first is the display name), capitals, demonyms
                String[] f = line.split("\t", -1);
                out.put(f[0], new Country(f[0], f[2].split(";")[0], f[1].equals("member")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
