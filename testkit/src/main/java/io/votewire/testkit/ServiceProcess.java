package io.votewire.testkit;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Votewire service running as its own process from its packaged jar (target/quarkus-app/quarkus-run.jar),
 * as in production: it can be killed with SIGKILL and started again.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final int managementPort;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    private ServiceProcess(String module, int port, Map<String, String> env, Path log) {
        this.module = module;
        this.port = port;
        this.managementPort = EmbeddedKafka.freePort();
        this.env = env;
        this.log = log;
    }

    /** Starts the service of Maven module {@code module} (a sibling of the current module) and waits until ready. */
    public static ServiceProcess start(String module, Map<String, String> env, Path logDir) throws IOException {
        return start(module, module, env, logDir);
    }

    /** As {@link #start(String, Map, Path)}, logging to {@code <instance>.log}: for several instances of one service. */
    public static ServiceProcess start(String module, String instance, Map<String, String> env, Path logDir) throws IOException {
        ServiceProcess p = new ServiceProcess(module, EmbeddedKafka.freePort(), env, logDir.resolve(instance + ".log"));
        p.start();
        return p;
    }

    public synchronized void start() throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify from the top)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        Awaitility.await(module + " ready on port " + port).atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
                    }
                    return ready();
                });
    }

    private boolean ready() {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The management interface: metrics and operators' /admin endpoints. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** SIGKILL: no shutdown hook, no commit of what is in flight. */
    public synchronized void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
