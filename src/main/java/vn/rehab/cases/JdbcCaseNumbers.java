package vn.rehab.cases;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from a counter row per province and year, incremented under a row lock in a short transaction of
 * its own: concurrent starts (also on several nodes sharing one database) wait for each other for milliseconds
 * only and never get the same number. A case that fails to start leaves a gap, which is harmless; reusing a
 * number would not be.
 */
public class JdbcCaseNumbers implements CaseNumbers, AutoCloseable {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  private final Runnable onClose;

  public JdbcCaseNumbers(DataSource dataSource, PlatformTransactionManager transactions) {
    this(dataSource, transactions, () -> { });
  }

  /** @param onClose releases what this counter owns (its own connection pool) at shutdown */
  public JdbcCaseNumbers(DataSource dataSource, PlatformTransactionManager transactions, Runnable onClose) {
    this.onClose = onClose;
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    jdbc.execute("CREATE TABLE IF NOT EXISTS rehab_case_counter (province VARCHAR(10) NOT NULL, "
        + "case_year INT NOT NULL, last_value BIGINT NOT NULL, PRIMARY KEY (province, case_year))");
  }

  @Override
  public String next(String province, int year) {
    Long value = increment(province, year);
    if (value == null) {
      createCounter(province, year);
      value = increment(province, year);
    }
    return CaseNumbers.format(province, year, value);
  }

  private Long increment(String province, int year) {
    return tx.execute(status -> {
      int updated = jdbc.update(
          "UPDATE rehab_case_counter SET last_value = last_value + 1 WHERE province = ? AND case_year = ?",
          province, year);
      return updated == 0 ? null : jdbc.queryForObject(
          "SELECT last_value FROM rehab_case_counter WHERE province = ? AND case_year = ?", Long.class, province,
          year);
    });
  }

  /** The first case of a year creates its counter; when two starts race, one insert loses, harmlessly. */
  private void createCounter(String province, int year) {
    try {
      tx.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO rehab_case_counter (province, case_year, last_value) VALUES (?, ?, 0)", province, year));
    } catch (org.springframework.dao.DuplicateKeyException raced) {
      // created by the concurrent start: nothing to do
    }
  }

  @Override
  public void close() {
    onClose.run();
  }
}
