-- An assessment database of store schema version 1, iitalent's first development version: the
-- version 2 schema (src/core/AssessmentStore.cpp) without ratings.rated_at and without the index
-- assessments_subject. test_store runs this through SqliteDatabase::exec into a new file and opens
-- it with AssessmentStore, which must migrate it to version 2 after writing a backup beside it,
-- keeping every row below. Keep test_store.cpp's expectations in step with these rows.
PRAGMA application_id = 1768518753; -- 0x69697461, "iita"
PRAGMA user_version = 1;

CREATE TABLE assessments(
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  mode TEXT NOT NULL CHECK(mode IN ('self', 'assessor')),
  subject_name TEXT NOT NULL,
  subject_organisation TEXT NOT NULL DEFAULT '',
  subject_number TEXT NOT NULL DEFAULT '',
  subject_stage TEXT NOT NULL CHECK(subject_stage IN ('pre-job', 'on-job')),
  assessor_name TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  updated TEXT NOT NULL);
CREATE TABLE ratings(
  assessment TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  level INTEGER CHECK(level BETWEEN 0 AND 4),
  evidence TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(assessment, requirement));

-- 张三 rates themselves on role 01 before the job ...
INSERT INTO assessments VALUES('5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d', '01', 'self', '张三', '某某职业技术学院',
  'S2026001', 'pre-job', '', '2026-03-01T08:00:00Z', '2026-03-01T09:15:30Z');
INSERT INTO ratings VALUES('5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d', '01.a.1', 2, '毕业设计：工业网关', '');
INSERT INTO ratings VALUES('5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d', '01.a.2', 1, '', '');
INSERT INTO ratings VALUES('5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d', '01.b.4', 0, '', '还没学过');
INSERT INTO ratings VALUES('5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d', '01.c.5', NULL, '证书：CCNA', '');

-- ... and their instructor assesses them on the same role.
INSERT INTO assessments VALUES('5a1e0c3d-0002-4a7b-9c2d-3e4f5a6b7c8d', '01', 'assessor', '张三', '某某职业技术学院',
  'S2026001', 'pre-job', '李老师', '2026-03-02T10:00:00Z', '2026-03-02T10:20:00Z');
INSERT INTO ratings VALUES('5a1e0c3d-0002-4a7b-9c2d-3e4f5a6b7c8d', '01.a.1', 1, '', '面试回答不完整');
INSERT INTO ratings VALUES('5a1e0c3d-0002-4a7b-9c2d-3e4f5a6b7c8d', '01.d.3', 3, '项目：5G 专网
第二期', '');

-- 王五, an employee, on role 18 (eleven items in dimension c), rated out of catalog order.
INSERT INTO assessments VALUES('5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d', '18', 'self', '王五', '', '', 'on-job', '',
  '2026-02-15T07:30:00Z', '2026-02-16T18:45:00Z');
INSERT INTO ratings VALUES('5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d', '18.c.10', 3, '', '');
INSERT INTO ratings VALUES('5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d', '18.c.2', 2, '', '');
INSERT INTO ratings VALUES('5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d', '18.c.9', 4, '', '');
INSERT INTO ratings VALUES('5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d', '18.a.1', 1, '', '');
