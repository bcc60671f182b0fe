package io.scrapeline.resultstore.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item row (one valid input URL of a batch); pages and bulk updates use plain SQL instead. */
@Entity
@Table(name = "items")
@IdClass(ItemId.class)
public class ItemEntity extends PanacheEntityBase {

  @Id
  @Column(name = "batch_id")
  public UUID batchId;

  @Id
  @Column(name = "input_index")
  public int inputIndex;

  @Column(nullable = false)
  public String url;

  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.JSON)
  public String data;

  @JdbcTypeCode(SqlTypes.JSON)
  public String metadata;

  @Column(name = "error_code")
  public String errorCode;

  @Column(name = "error_message")
  public String errorMessage;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
