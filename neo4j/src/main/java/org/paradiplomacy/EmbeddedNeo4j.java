package org.paradiplomacy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;

/**
 * Runs Neo4j Community in this JVM with only a loopback Bolt connector, so the project needs
 * no Neo4j installation, Docker or download beyond Maven Central. Started by src/neo4j/embedded.ts.
 *
 * <p>Usage: {@code EmbeddedNeo4j [dataDir] [boltPort]}; otherwise system properties
 * {@code neo4j.dataDir} / {@code neo4j.boltPort}, then env DATA_DIR / NEO4J_BOLT_PORT, then
 * {@code .data/neo4j} and 7687. With {@code -Dneo4j.exitOnStdinEof=true} it shuts down when stdin
 * closes, so it cannot outlive a parent process that died without killing it.
 *
 * <p>Contract with the Node side: exactly one stdout line
 * {@code Neo4j <version> ready at bolt://127.0.0.1:<port>} once the default database is up,
 * {@code Neo4j stopped} after a clean shutdown; errors go to stderr as {@code ERROR: ...};
 * exit status 2 when the port is taken, 1 on any other startup failure.
 */
public final class EmbeddedNeo4j {
  private static final String HOST = "127.0.0.1";
  private static final String DEFAULT_DB = "neo4j";

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(pick(args, 0, "neo4j.dataDir", "DATA_DIR", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(pick(args, 1, "neo4j.boltPort", "NEO4J_BOLT_PORT", "7687"));

    if (Boolean.getBoolean("neo4j.exitOnStdinEof")) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) { /* ignore input */ }
        } catch (IOException ignored) { /* treat as EOF */ }
        System.exit(0); // runs the shutdown hook below once it is registered
      }, "stdin-eof-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }

    // Fail fast with a readable message instead of Neo4j's long bind stack trace (or a hang).
    if (!portFree(port)) {
      System.err.println("ERROR: Bolt port " + port + " on " + HOST + " is already in use");
      System.exit(2);
    }

    // Neo4j home = dataDir: store files go to <dataDir>/data, debug.log to <dataDir>/logs.
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir);
    Map<String, String> defaults = Map.ofEntries(
        Map.entry("server.bolt.enabled", "true"),
        Map.entry("server.bolt.listen_address", HOST + ":" + port),
        Map.entry("server.bolt.advertised_address", HOST + ":" + port),
        Map.entry("server.default_listen_address", HOST),
        // Auth off: Bolt listens on the loopback interface only, for local development and tests.
        Map.entry("dbms.security.auth_enabled", "false"),
        // No HTTP/HTTPS (no Browser here) and no server-side routing (its connector defaults to :7688).
        Map.entry("server.http.enabled", "false"),
        Map.entry("server.https.enabled", "false"),
        Map.entry("dbms.routing.enabled", "false"),
        // Never phone home: usage data collector off; tell clients (Browser) not to send telemetry.
        Map.entry("dbms.usage_report.enabled", "false"),
        Map.entry("internal.dbms.usage_report.udc_network_enabled", "false"),
        Map.entry("client.allow_telemetry", "false"),
        // Stay small on a 2-core dev box / CI: modest page cache, small preallocated tx logs.
        // -Dneo4j.pagecache=1g for imports and benchmarks (src/neo4j/embedded.ts `pageCache`).
        Map.entry("server.memory.pagecache.size", System.getProperty("neo4j.pagecache", "128m")),
        Map.entry("db.tx_log.rotation.size", "16M"),
        Map.entry("db.tx_log.rotation.retention_policy", "2 files"),
        Map.entry("db.logs.query.enabled", "OFF"),
        // Netty's default 5 s quiet period (per event loop group) makes shutdown take ~11 s.
        Map.entry("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0"));
    // Benchmarks only: allow procedures (e.g. apoc.*, which @neo4j/graphql needs) from the classpath.
    Map<String, String> raw = new HashMap<>(defaults);
    String procedures = System.getProperty("neo4j.procedures");
    if (procedures != null && !procedures.isBlank()) {
      raw.put("dbms.security.procedures.unrestricted", procedures);
      raw.put("dbms.security.procedures.allowlist", procedures);
    }
    // Procedures are registered from the plugins directory's jars only (not from the classpath).
    String plugins = System.getProperty("neo4j.pluginsDir");
    if (plugins != null && !plugins.isBlank()) raw.put("server.directories.plugins", plugins);
    // The builder only takes typed settings; parse the neo4j.conf-style names through Config,
    // which also rejects unknown keys and bad values (strict validation).
    Config parsed = Config.newBuilder().setRaw(raw).build();
    Map<Setting<?>, Object> typed = new HashMap<>();
    parsed.getDeclaredSettings().forEach((name, s) -> {
      if (raw.containsKey(name)) typed.put(s, parsed.get(s));
    });
    builder.setConfig(typed);

    DatabaseManagementService service;
    try {
      service = builder.build();
    } catch (Throwable e) {
      System.err.println("ERROR: Neo4j failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }
    // SIGTERM/SIGINT run shutdown hooks: flush and close the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.shutdown();
        System.out.println("Neo4j stopped");
      } catch (Throwable e) {
        System.err.println("ERROR: Neo4j shutdown failed: " + e);
      }
    }, "neo4j-shutdown"));

    GraphDatabaseService db = service.database(DEFAULT_DB);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
      System.err.println("ERROR: database '" + DEFAULT_DB + "' did not become available");
      System.exit(1);
    }
    // Version of the running kernel, as clients see it.
    String version = db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
        r -> String.valueOf(r.next().get("v")));
    System.out.println("Neo4j " + version + " ready at bolt://" + HOST + ":" + port);
    System.out.flush();

    Thread.currentThread().join(); // Neo4j's threads do the work; wait for a signal.
  }

  private static String pick(String[] args, int i, String prop, String env, String dflt) {
    if (args.length > i && !args[i].isBlank()) return args[i];
    String v = System.getProperty(prop);
    if (v == null || v.isBlank()) v = System.getenv(env);
    return v == null || v.isBlank() ? dflt : v;
  }

  /** Bind like Netty will (SO_REUSEADDR, so a TIME_WAIT leftover is not "in use"). */
  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
