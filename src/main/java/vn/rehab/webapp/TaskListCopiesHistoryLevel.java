package vn.rehab.webapp;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The history level of production ({@code camunda.bpm.history-level: audit-without-tasklist-copies}): what
 * Camunda's "audit" keeps, except the Tasklist copies of {@link TaskListVariables}. They repeat the case's own
 * variables (case number, name, locality) on every task for the list's columns and say nothing the history does
 * not already hold, yet each one cost an insert and an update of {@code ACT_HI_VARINST}: a quarter of a case's
 * historic variable rows, on the path of every task and in every year of kept history (README "Performance").
 *
 * <p>The level's id is stored in the database at the first start; a database created under "audit" must have its
 * {@code historyLevel} property changed to this id before the switch (README "Production: PostgreSQL").
 */
public final class TaskListCopiesHistoryLevel implements HistoryLevel {

  public static final String NAME = "audit-without-tasklist-copies";
  /** Camunda's own levels are 0 to 3. */
  public static final int ID = 20;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable && TaskListVariables.isCopy(variable.getName())) {
      return false;
    }
    return HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity);
  }
}
