-- SPDX-License-Identifier: MIT
-- Version 15: the CPU time each fetch run used (the process's, every thread), so that the
-- fetch log can show what refreshing costs a battery, run by run and over the last day.
ALTER TABLE fetch_runs ADD COLUMN cpu_ms INTEGER NOT NULL DEFAULT 0;
