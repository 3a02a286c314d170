-- Indexes Camunda 7.24's PostgreSQL schema lacks, for the queries this application runs most (issue #9; the
-- before/after figures are in README "Performance"). Applied at every start of the "postgres" profile by
-- vn.rehab.engine.ExtraIndexes after the engine created or updated its schema; idempotent. One statement a line
-- group, separated by ";". Only indexes a benchmark figure supports are kept here.

-- Completing a task looks up its sub-tasks by parent (TaskEntity.delete -> selectTasksByParentTaskId): without an
-- index every completion scans all open tasks.
CREATE INDEX IF NOT EXISTS rehab_idx_task_parent ON act_ru_task (parent_task_id_);

-- Every Tasklist filter is sorted by due date and "Quá hạn"/"Sắp đến hạn" filter on it.
CREATE INDEX IF NOT EXISTS rehab_idx_task_due ON act_ru_task (due_date_);

-- Case opening refuses a second open case for the same citizen id, and a case is found by citizen id: both are
-- variable queries by name and text value.
CREATE INDEX IF NOT EXISTS rehab_idx_var_name_text ON act_ru_variable (name_, text_);
