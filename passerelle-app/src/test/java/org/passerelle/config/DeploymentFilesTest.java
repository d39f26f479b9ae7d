package org.passerelle.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.ReferenceData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example deployment (deploy/): its gateway configuration loads, and its Compose file runs two
 * gateway replicas on one PostgreSQL with the image's health check. (No container engine runs
 * here: the Compose file itself is not started by the tests.)
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = ReferenceData.dir().resolveSibling("deploy");

    @Test
    void the_deployment_configuration_loads_with_its_database_url_from_the_environment() throws Exception {
        String yaml = Files.readString(DEPLOY.resolve("passerelle.yaml"));
        assertThat(yaml).contains("url-env: PASSERELLE_DB_URL");
        GatewayConfig config = ConfigLoader.parse(yaml.replace("url-env: PASSERELLE_DB_URL", "url: 'jdbc:postgresql://postgres:5432/p'"),
                Path.of("target", "deploy"));
        assertThat(config.storageUrl()).startsWith("jdbc:postgresql:");
        assertThat(config.models()).extracting(GatewayConfig.Model::id).containsExactly("llama3.2:1b");
    }

    @Test
    void compose_runs_two_replicas_on_one_postgresql_with_a_health_check() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(DEPLOY.resolve("compose.yaml").toFile());
        JsonNode gateway = compose.at("/services/gateway");
        assertThat(gateway.at("/deploy/replicas").asInt()).isEqualTo(2);
        assertThat(gateway.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(gateway.at("/healthcheck/test").toString()).contains("org.passerelle.cli.Main").contains("health");
        assertThat(gateway.at("/environment/PASSERELLE_CONFIG").asText()).isEqualTo("/etc/passerelle/passerelle.yaml");
        assertThat(compose.at("/services/postgres/image").asText()).startsWith("postgres:");
    }
}
