package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Secrets are referenced, never committed: dev generates them from placeholder files, prod only
 * names Secrets that are managed outside the repository.
 */
class SecretsTest {

  /** A key of a Secret that some resource reads. */
  record Reference(String secret, String key, String readBy) {}

  static Set<Reference> references(Manifests manifests) {
    Set<Reference> references = new LinkedHashSet<>();
    for (Resource deployment : manifests.deployments()) {
      for (PodEnvironment.Variable variable : PodEnvironment.of(manifests, deployment).values()) {
        if (variable.source().startsWith("Secret/")) {
          references.add(
              new Reference(
                  variable.source().substring("Secret/".length()),
                  variable.secretKey(),
                  deployment.id()));
        }
      }
    }
    for (Resource cluster : manifests.ofKind("Cluster")) {
      String owner = cluster.string("spec", "bootstrap", "initdb", "secret", "name");
      if (owner != null) {
        references.add(new Reference(owner, "username", cluster.id()));
        references.add(new Reference(owner, "password", cluster.id()));
      }
      for (String credential : new String[] {"accessKeyId", "secretAccessKey"}) {
        String[] path = {"spec", "backup", "barmanObjectStore", "s3Credentials", credential};
        String name = cluster.string((Object[]) append(path, "name"));
        if (name != null) {
          references.add(
              new Reference(name, cluster.string((Object[]) append(path, "key")), cluster.id()));
        }
      }
    }
    return references;
  }

  private static String[] append(String[] path, String last) {
    String[] longer = Arrays.copyOf(path, path.length + 1);
    longer[path.length] = last;
    return longer;
  }

  @Test
  void devGeneratesEverySecretItReads() {
    Manifests dev = Kustomize.render("dev");
    SoftAssertions softly = new SoftAssertions();
    for (Reference reference : references(dev)) {
      softly
          .assertThat(dev.find("Secret", reference.secret()))
          .as("dev renders Secret %s (read by %s)", reference.secret(), reference.readBy())
          .isPresent();
      dev.find("Secret", reference.secret())
          .ifPresent(
              secret ->
                  softly
                      .assertThat(secret.map("data"))
                      .as("Secret %s has key %s", reference.secret(), reference.key())
                      .containsKey(reference.key()));
    }
    softly.assertAll();
  }

  @Test
  void devSecretsHoldOnlyPlaceholders() {
    SoftAssertions softly = new SoftAssertions();
    for (Resource secret : Kustomize.render("dev").ofKind("Secret")) {
      Map<String, String> data = Tree.strings(secret.map("data"));
      data.forEach(
          (key, encoded) -> {
            String value = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!key.equals("username")) {
              softly
                  .assertThat(value)
                  .as("%s key %s is a visible placeholder", secret.id(), key)
                  .contains("placeholder");
            }
          });
    }
    softly.assertAll();
  }

  @Test
  void prodCommitsNoSecretAndDocumentsEveryOneItReads() throws IOException {
    Manifests prod = Kustomize.render("prod");
    assertThat(prod.ofKind("Secret")).as("prod renders no Secret").isEmpty();
    assertThat(prod.ofKind("SealedSecret")).isEmpty();
    String guide = Files.readString(Project.operationsGuide());
    SoftAssertions softly = new SoftAssertions();
    for (Reference reference : references(prod)) {
      softly
          .assertThat(guide)
          .as(
              "docs/operations.md tells how to create Secret %s with key %s (read by %s)",
              reference.secret(), reference.key(), reference.readBy())
          .contains(reference.secret())
          .contains(reference.key());
    }
    softly.assertAll();
  }
}
