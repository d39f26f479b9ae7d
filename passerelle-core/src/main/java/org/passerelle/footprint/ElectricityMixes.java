package org.passerelle.footprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Electricity mixes by zone, read from EcoLogits' {@code electricity_mixes.csv}
 * ({@code name,adpe,pe,gwp,wue}). Immutable; thread-safe.
 */
public final class ElectricityMixes {

    private final String dataVersion;
    private final Map<String, ElectricityMix> byZone;

    private ElectricityMixes(String dataVersion, Map<String, ElectricityMix> byZone) {
        this.dataVersion = dataVersion;
        this.byZone = Map.copyOf(byZone);
    }

    public String dataVersion() {
        return dataVersion;
    }

    public Optional<ElectricityMix> find(String zone) {
        return Optional.ofNullable(byZone.get(zone));
    }

    public Set<String> zones() {
        return new TreeSet<>(byZone.keySet());
    }

    public static ElectricityMixes read(String dataVersion, InputStream csv) {
        Map<String, ElectricityMix> mixes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals("name,adpe,pe,gwp,wue")) {
                throw new FootprintException("invalid-mix-file", dataVersion + ": expected the header name,adpe,pe,gwp,wue");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split(",", -1);
                if (cells.length != 5) {
                    throw new FootprintException("invalid-mix-file", dataVersion + ": line " + lineNumber + " has "
                            + cells.length + " cells, expected 5");
                }
                try {
                    mixes.put(cells[0], new ElectricityMix(cells[0], Double.parseDouble(cells[1]),
                            Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
                } catch (NumberFormatException e) {
                    throw new FootprintException("invalid-mix-file", dataVersion + ": line " + lineNumber
                            + " has a value that is not a number", e);
                }
            }
        } catch (IOException e) {
            throw new FootprintException("invalid-mix-file", dataVersion + ": cannot be read", e);
        }
        return new ElectricityMixes(dataVersion, mixes);
    }
}
