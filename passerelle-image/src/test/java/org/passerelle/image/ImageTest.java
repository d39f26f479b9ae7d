package org.passerelle.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image tar the build wrote: its configuration (non-root user, port, volume, entry point,
 * environment) read from the tar as a registry or {@code docker load} would read it, and, where
 * the test runs as root, its layers unpacked and the gateway's command line run inside them with
 * chroot, so that the runtime and libraries it carries are shown to be enough.
 */
class ImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path tar() {
        return Path.of(System.getProperty("passerelle.image-tar", "target/passerelle-image.tar"));
    }

    /** The tar's entries by name (small ones: JSON), and the layer blobs' names. */
    private static Map<String, byte[]> entries(Path tar, boolean all) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                String prefix = new String(header, 345, 155, StandardCharsets.US_ASCII).replace("\0", "");
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                if (all || size < 1_000_000) {
                    entries.put(name, in.readNBytes((int) size));
                } else {
                    entries.put(name, new byte[0]);
                    in.skipNBytes(size);
                }
                in.skipNBytes((512 - size % 512) % 512);
            }
        }
        return entries;
    }

    /** The OCI layout's image manifest: index.json names it by digest. */
    private static JsonNode manifest(Map<String, byte[]> entries) throws IOException {
        JsonNode index = JSON.readTree(entries.get("index.json"));
        return JSON.readTree(entries.get(blob(index.at("/manifests/0/digest").asText())));
    }

    private static JsonNode config(Map<String, byte[]> entries) throws IOException {
        return JSON.readTree(entries.get(blob(manifest(entries).at("/config/digest").asText())));
    }

    private static String blob(String digest) {
        return "blobs/sha256/" + digest.substring("sha256:".length());
    }

    @Test
    void the_image_runs_as_a_non_root_user_with_its_port_volume_and_entry_point() throws Exception {
        Map<String, byte[]> entries = entries(tar(), false);
        JsonNode config = config(entries).get("config");

        assertThat(config.get("User").asText()).isEqualTo("65532:65532");
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("Volumes").has("/data")).isTrue();
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertThat(entrypoint.getFirst()).isEqualTo("java");
        assertThat(entrypoint).contains("org.passerelle.cli.Main", "-Djava.io.tmpdir=/tmp");
        assertThat(config.get("Cmd").toString()).isEqualTo("[\"serve\",\"--data\",\"/data\"]");
        assertThat(config.get("Env").toString()).contains("PATH=/opt/java/bin").contains("LD_LIBRARY_PATH=/opt/java/lib");
        assertThat(config.at("/Labels/org.opencontainers.image.title").asText()).isEqualTo("Passerelle");
        assertThat(entries).containsKey("index.json").containsKey("oci-layout");
    }

    @Test
    void the_command_line_runs_inside_the_unpacked_image(@TempDir Path root) throws Exception {
        Path chroot = Path.of("/usr/sbin/chroot");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(chroot),
                "not root, or no /usr/sbin/chroot: the image's layers are not run here");
        Map<String, byte[]> entries = entries(tar(), true);
        for (JsonNode layer : manifest(entries).get("layers")) {
            Path blob = Files.write(root.resolveSibling(root.getFileName() + "-layer.tar.gz"), entries.get(blob(layer.get("digest").asText())));
            Process untar = new ProcessBuilder("tar", "-xzf", blob.toString(), "-C", root.toString()).inheritIO().start();
            assertThat(untar.waitFor()).isZero();
        }
        // The temporary folder is its owner's only; as the image's /, it must be open to the image's user.
        Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        JsonNode config = config(entries).get("config");
        List<String> command = new ArrayList<>(List.of("env", "-i"));
        config.get("Env").forEach(variable -> command.add(variable.asText()));
        // As the image's user, as a container runtime would run it.
        command.addAll(List.of(chroot.toString(), "--userspec=" + config.get("User").asText(), root.toString()));
        config.get("Entrypoint").forEach(part -> command.add(part.asText().equals("java") ? "/opt/java/bin/java" : part.asText()));
        command.add("--version");
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        run.getInputStream().transferTo(output);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("passerelle 0.1.0");
    }
}
