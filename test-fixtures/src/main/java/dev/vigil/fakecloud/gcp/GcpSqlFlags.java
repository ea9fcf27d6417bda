package dev.vigil.fakecloud.gcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cloud SQL database flags: the CIS GCP 6.1–6.3 settings every clean instance of an engine carries, and per planted
 * kind the one flag it changes ({@code null}: the flag is left unset, so its default — which fails — applies).
 */
final class GcpSqlFlags {
    static final String POSTGRES = "POSTGRES_16";
    static final String MYSQL = "MYSQL_8_0";
    static final String SQLSERVER = "SQLSERVER_2019_STANDARD";

    record Change(String version, String flag, String value) {
    }

    static final Map<GcpPlant, Change> PLANTS = plants();

    private GcpSqlFlags() {
    }

    /** The flags of a clean instance of {@code version}. */
    static Map<String, String> clean(String version) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (version.startsWith("POSTGRES")) {
            flags.put("log_connections", "on");
            flags.put("log_disconnections", "on");
            flags.put("cloudsql.enable_pgaudit", "on");
            flags.put("pgaudit.log", "all");
            flags.put("log_error_verbosity", "default");
            flags.put("log_min_messages", "warning");
            flags.put("log_min_error_statement", "error");
            flags.put("log_min_duration_statement", "-1");
        } else if (version.startsWith("MYSQL")) {
            flags.put("skip_show_database", "on");
            flags.put("local_infile", "off");
        } else {
            flags.put("3625", "on");
            flags.put("remote access", "off");
            flags.put("external scripts enabled", "off");
            flags.put("cross db ownership chaining", "off");
            flags.put("contained database authentication", "off");
            // "user connections" left unset: its default, 0, is unlimited (the clean twin of a limit)
        }
        return flags;
    }

    /** The flags of an instance with {@code plant}: the clean set with the planted change. */
    static Map<String, String> planted(GcpPlant plant) {
        Change c = PLANTS.get(plant);
        Map<String, String> flags = clean(c.version());
        if (c.value() == null) {
            flags.remove(c.flag());
        } else {
            flags.put(c.flag(), c.value());
        }
        return flags;
    }

    static List<GcpPlant> kinds() {
        return List.copyOf(PLANTS.keySet());
    }

    private static Map<GcpPlant, Change> plants() {
        Map<GcpPlant, Change> m = new LinkedHashMap<>();
        m.put(GcpPlant.SQL_MYSQL_SHOW_DATABASE, new Change(MYSQL, "skip_show_database", null));
        m.put(GcpPlant.SQL_MYSQL_LOCAL_INFILE, new Change(MYSQL, "local_infile", "on"));
        m.put(GcpPlant.SQL_PG_ERROR_VERBOSITY, new Change(POSTGRES, "log_error_verbosity", "verbose"));
        m.put(GcpPlant.SQL_PG_NO_LOG_CONNECTIONS, new Change(POSTGRES, "log_connections", "off"));
        m.put(GcpPlant.SQL_PG_NO_LOG_DISCONNECTIONS, new Change(POSTGRES, "log_disconnections", null));
        m.put(GcpPlant.SQL_PG_MIN_MESSAGES, new Change(POSTGRES, "log_min_messages", "info"));
        m.put(GcpPlant.SQL_PG_MIN_ERROR_STATEMENT, new Change(POSTGRES, "log_min_error_statement", "warning"));
        m.put(GcpPlant.SQL_PG_MIN_DURATION, new Change(POSTGRES, "log_min_duration_statement", "0"));
        m.put(GcpPlant.SQL_PG_NO_PGAUDIT, new Change(POSTGRES, "cloudsql.enable_pgaudit", null));
        m.put(GcpPlant.SQL_SS_EXTERNAL_SCRIPTS, new Change(SQLSERVER, "external scripts enabled", "on"));
        m.put(GcpPlant.SQL_SS_CROSS_DB_CHAINING, new Change(SQLSERVER, "cross db ownership chaining", "on"));
        m.put(GcpPlant.SQL_SS_USER_CONNECTIONS, new Change(SQLSERVER, "user connections", "100"));
        m.put(GcpPlant.SQL_SS_USER_OPTIONS, new Change(SQLSERVER, "user options", "16"));
        m.put(GcpPlant.SQL_SS_REMOTE_ACCESS, new Change(SQLSERVER, "remote access", null));
        m.put(GcpPlant.SQL_SS_NO_TRACE_3625, new Change(SQLSERVER, "3625", "off"));
        m.put(GcpPlant.SQL_SS_CONTAINED_AUTH, new Change(SQLSERVER, "contained database authentication", "on"));
        return m;
    }
}
