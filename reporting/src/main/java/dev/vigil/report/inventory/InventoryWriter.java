package dev.vigil.report.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes {@code inventory/<provider>/<account>.json}: the resources the scan evaluated, as a JSON array
 * with exactly one resource object per line, sorted by uid then type. SARIF locations point at these
 * lines; the path is the same run after run, so GitHub keeps tracking the alerts.
 */
public final class InventoryWriter {

    public static final String DIR = "inventory";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final ObjectMapper mapper;

    public InventoryWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record Account(String provider, String uid) implements Comparable<Account> {
        @Override
        public int compareTo(Account o) {
            int c = provider.compareTo(o.provider);
            return c != 0 ? c : uid.compareTo(o.uid);
        }
    }

    private record Resource(String uid, String type) implements Comparable<Resource> {
        @Override
        public int compareTo(Resource o) {
            int c = uid.compareTo(o.uid);
            return c != 0 ? c : type.compareTo(o.type);
        }
    }

    private record Details(String name, String region, String service) {}

    /** Writes one file per account that has findings and returns their index; files go to {@code written}. */
    public InventoryIndex write(ScanResult result, Path outDir, List<Path> written) throws IOException {
        Map<Account, TreeMap<Resource, Details>> accounts = new TreeMap<>();
        for (Finding f : result.findings()) {
            accounts.computeIfAbsent(new Account(f.provider(), f.accountUid()), k -> new TreeMap<>())
                    .putIfAbsent(new Resource(f.resourceUid(), nullToEmpty(f.resourceType())),
                            new Details(f.resourceName(), f.region(), f.service()));
        }
        Map<String, InventoryLocation> locations = new HashMap<>();
        for (Map.Entry<Account, TreeMap<Resource, Details>> e : accounts.entrySet()) {
            Account account = e.getKey();
            String relative = relativePath(account.provider(), account.uid());
            try (AtomicFile file = new AtomicFile(outDir.resolve(relative))) {
                OutputStream out = file.stream();
                out.write("[\n".getBytes(StandardCharsets.UTF_8));
                int line = 2;
                int remaining = e.getValue().size();
                for (Map.Entry<Resource, Details> r : e.getValue().entrySet()) {
                    String text = line(account, r.getKey(), r.getValue()) + (--remaining > 0 ? "," : "");
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    locations.put(InventoryIndex.key(account.provider(), account.uid(), r.getKey().type(),
                            r.getKey().uid()), new InventoryLocation(relative, line, text.length()));
                    line++;
                }
                out.write("]\n".getBytes(StandardCharsets.UTF_8));
                written.add(file.commit());
            }
        }
        return new InventoryIndex(locations);
    }

    /** {@code inventory/<provider>/<account>.json}, with characters unsafe in a path replaced by '_'. */
    public static String relativePath(String provider, String accountUid) {
        return DIR + "/" + safe(provider) + "/" + safe(accountUid) + ".json";
    }

    private static String safe(String segment) {
        String s = UNSAFE.matcher(nullToEmpty(segment)).replaceAll("_");
        return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? "_" + s : s;
    }

    private String line(Account account, Resource r, Details d) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(w)) {
            // ASCII only: a line's length in characters is then its length in every column unit.
            g.setHighestNonEscapedChar(127);
            g.writeStartObject();
            g.writeStringField("uid", r.uid());
            g.writeStringField("type", r.type());
            g.writeStringField("name", d.name());
            g.writeStringField("region", d.region());
            g.writeStringField("service", d.service());
            g.writeStringField("account_uid", account.uid());
            g.writeEndObject();
        }
        return w.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
