import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts the genuine Neo4j Community engine (the jars Maven copied into target/lib) with its
 * Bolt connector on 127.0.0.1, authentication on and data on disk, for `npm run neo4j` and CI.
 *
 * <p>Usage: {@code java ... Neo4jLauncher --data DIR [--port 7687] [--instances N] [--pagecache-mb 256]},
 * with the password of user {@code neo4j} in NEO4J_PASSWORD (8+ characters).
 *
 * <p>{@code --instances N} starts N independent DBMSs in this one JVM, on ports port..port+N-1,
 * each with its own folder under DIR: Community has one user database per DBMS, and test files
 * that run in parallel each need a database of their own to clear.
 *
 * <p>Prints one line {@code neo4j ready: bolt://127.0.0.1:PORT ...} when every instance answers,
 * and stops every instance cleanly on SIGTERM/SIGINT (a shutdown hook) before the JVM exits.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path data = null;
    int port = 7687;
    int instances = 1;
    long pagecacheMb = 256;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--data" -> { data = Path.of(require(args[i], value)).toAbsolutePath(); i++; }
        case "--port" -> { port = intArg(args[i], value, 1, 65535); i++; }
        case "--instances" -> { instances = intArg(args[i], value, 1, 16); i++; }
        case "--pagecache-mb" -> { pagecacheMb = intArg(args[i], value, 8, 65536); i++; }
        default -> fail("unknown option " + args[i] + " (expected --data, --port, --instances, --pagecache-mb)");
      }
    }
    if (data == null) fail("--data DIR is required (where the databases are kept)");
    if (port + instances - 1 > 65535) fail("--port " + port + " leaves no room for " + instances + " instances");
    String password = System.getenv("NEO4J_PASSWORD");
    // Neo4j 5 refuses passwords shorter than 8 characters; say so before starting anything.
    if (password == null || password.length() < 8) fail("NEO4J_PASSWORD must be set to 8 or more characters");

    List<DatabaseManagementService> services = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (DatabaseManagementService service : services) {
        try {
          service.shutdown();
        } catch (RuntimeException error) {
          System.err.println("neo4j: stopping an instance failed: " + error.getMessage());
        }
      }
      System.out.println("neo4j stopped");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-launcher-stop"));

    List<String> uris = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      Path home = instances == 1 ? data : data.resolve("instance-" + i);
      Files.createDirectories(home);
      int boltPort = port + i;
      DatabaseManagementService service = build(home, boltPort, pagecacheMb);
      synchronized (services) {
        services.add(service);
      }
      setInitialPassword(service, password);
      uris.add("bolt://127.0.0.1:" + boltPort);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    // 127.0.0.1, never `localhost`: on these machines localhost resolves to ::1 first, where nothing listens.
    System.out.println("neo4j ready: " + String.join(" ", uris) + " (" + instances + " instance"
        + (instances == 1 ? "" : "s") + ", Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
        + ", started in " + ms + " ms)");
    System.out.flush();
    stopped.await();
  }

  // Private: one DBMS sized for a 2-core machine shared with the test processes.
  private static DatabaseManagementService build(Path home, int boltPort, long pagecacheMb) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Neo4j's default: a worker per open Bolt connection (the driver pools up to 100 per process).
        .setConfig(BoltConnector.thread_pool_max_size, 400)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
        // A bound on what all transactions may hold, so one runaway query fails instead of the JVM.
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
        // Keep only the newest transaction log: these databases are throwaway or rebuilt from documents.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        .build();
  }

  // Private: the embedded API runs with full rights, so it can set user neo4j's password on the
  // system database (what `neo4j-admin dbms set-initial-password` does for a packaged server).
  private static void setInitialPassword(DatabaseManagementService service, String password) {
    try {
      service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException error) {
      // A data folder reused with the same password: Neo4j refuses to "change" it to itself.
      String message = String.valueOf(error.getMessage()) + " " + String.valueOf(error.getCause());
      if (!message.contains("Old password and new password cannot be the same")) throw error;
    }
  }

  private static String require(String option, String value) {
    if (value == null) fail(option + " needs a value");
    return value;
  }

  private static int intArg(String option, String value, int min, int max) {
    try {
      int n = Integer.parseInt(require(option, value));
      if (n < min || n > max) fail(option + " must be between " + min + " and " + max + " (got " + value + ")");
      return n;
    } catch (NumberFormatException error) {
      fail(option + " must be a whole number (got " + value + ")");
      return 0;
    }
  }

  private static void fail(String message) {
    System.err.println("neo4j: " + message);
    System.exit(2);
  }
}
