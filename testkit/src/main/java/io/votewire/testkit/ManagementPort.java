package io.votewire.testkit;

import org.eclipse.microprofile.config.ConfigProvider;

/** The port of the management interface (metrics, operators' /admin) of the application under a {@code @QuarkusTest}. */
public final class ManagementPort {
    private ManagementPort() {
    }

    /** The port it listens on, also when the tests let it choose one ({@code quarkus.management.test-port=0}). */
    public static int get() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
