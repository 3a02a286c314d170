-- Indexes Camunda 7.24's PostgreSQL schema lacks, for the queries this application runs most (issue #9; the
-- before/after figures are in README "Performance"). Applied at every start of the "postgres" profile by
-- vn.rehab.engine.ExtraIndexesConfiguration after the engine created or updated its schema; idempotent. One statement a line
-- group, separated by ";". Only what a before/after figure supports is kept
-- here (an index on act_ru_task.due_date_ was tried and dropped: no figure isolated a gain from it).

-- Completing a task looks up its sub-tasks by parent (TaskEntity.delete -> selectTasksByParentTaskId): without an
-- index every completion scans all open tasks, ~69 ms per completion at 100k open tasks for bare Camunda on this
-- machine (shared notes, "Scale"); at the 10k-15k the bench reached its effect is inside the noise: re-measure at 100k.
CREATE INDEX IF NOT EXISTS rehab_idx_task_parent ON act_ru_task (parent_task_id_);

-- Case opening refuses a second open case for the same citizen id, and a case is found by citizen id: both are
-- variable queries by name and text value.
CREATE INDEX IF NOT EXISTS rehab_idx_var_name_text ON act_ru_variable (name_, text_);

-- Officers read a task through the authorization Camunda writes for its candidate group (one row per task). The
-- check joins ACT_RU_AUTHORIZATION with "PERMS_ & 2 = 2" (READ) or "PERMS_ & 64 = 64" (READ_TASK), which the planner
-- estimates at 0.5 % of the rows: it expects ~30 authorizations, loops over thousands per task instead of probing
-- ACT_IDX_AUTH_RESOURCE_ID, and an officer's filter takes seconds at 10,000 open cases. Statistics on the two
-- expressions (PostgreSQL 14+) give the real counts, and the planner probes the index.
CREATE STATISTICS IF NOT EXISTS rehab_stat_auth_perms ON (perms_ & 2), (perms_ & 64) FROM act_ru_authorization;
ANALYZE act_ru_authorization;
