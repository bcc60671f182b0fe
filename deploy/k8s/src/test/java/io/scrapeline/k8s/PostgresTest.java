package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PostgreSQL through CloudNativePG: backed up in prod, throw-away in dev. */
class PostgresTest {

  @Test
  void prodArchivesContinuouslyToS3WithCredentialsFromASecret() {
    Manifests prod = Kustomize.render("prod");
    Resource cluster = prod.get("Cluster", "scrapeline-db");
    assertThat(Integer.parseInt(cluster.string("spec", "instances"))).isGreaterThanOrEqualTo(3);
    assertThat(cluster.string("spec", "backup", "barmanObjectStore", "destinationPath"))
        .startsWith("s3://");
    for (String credential : new String[] {"accessKeyId", "secretAccessKey"}) {
      assertThat(
              cluster.string(
                  "spec", "backup", "barmanObjectStore", "s3Credentials", credential, "name"))
          .as("%s comes from a Secret", credential)
          .isNotBlank();
    }
    assertThat(cluster.string("spec", "backup", "retentionPolicy")).isNotBlank();
    assertThat(prod.ofKind("ScheduledBackup"))
        .as("a base backup on a schedule")
        .anyMatch(backup -> cluster.name().equals(backup.string("spec", "cluster", "name")));
  }

  @Test
  void devKeepsOneInstanceWithoutBackups() {
    Resource cluster = Kustomize.render("dev").get("Cluster", "scrapeline-db");
    assertThat(cluster.string("spec", "instances")).isEqualTo("1");
    assertThat(cluster.find("spec", "backup")).isEmpty();
    assertThat(Kustomize.render("dev").ofKind("ScheduledBackup")).isEmpty();
  }
}
