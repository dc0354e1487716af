-- Starting vocabularies (admins edit them later). Written into the profiles migration.
INSERT INTO "GoalArea" ("id", "label", "description", "sortOrder") VALUES
  ('tenure-promotion', 'Tenure and promotion', 'Dossiers, review files, expectations for faculty librarians.', 10),
  ('job-search', 'Job search, interviews and negotiation', 'Applications, cover letters, interview days, offers and salary.', 20),
  ('career-transition', 'Career transition', 'Staff to librarian, into archives or museums, into management, or out of the field.', 30),
  ('teaching-instruction', 'Teaching and instruction', 'One-shots, credit courses, instructional design, information literacy.', 40),
  ('research-publishing', 'Research and publishing', 'Research agendas, writing, peer review, presenting.', 50),
  ('leadership-management', 'Leadership and management', 'Supervising, running a unit, budgets, leading change.', 60),
  ('work-life-balance', 'Work-life balance and burnout', 'Boundaries, workload, rest, staying well in the work.', 70),
  ('workplace-politics', 'Navigating workplace politics and power', 'Organisational culture, difficult colleagues, speaking up safely.', 80),
  ('cataloguing-metadata', 'Cataloguing and metadata', 'Description, standards, linked data, authority work.', 90),
  ('systems-technology', 'Systems and technology', 'Library systems, coding, data, digital projects.', 100),
  ('archives-preservation', 'Archives and preservation', 'Processing, appraisal, digital preservation, collections care.', 110),
  ('scholarly-communication', 'Scholarly communication and copyright', 'Open access, repositories, licensing, author rights.', 120),
  ('outreach-programming', 'Outreach and program planning', 'Events, partnerships, marketing, community engagement.', 130),
  ('lis-school-first-job', 'LIS school and the first job', 'Choosing courses and practicums, the move from school to work.', 140),
  ('networking-service', 'Professional networking and service', 'Committees, associations, conferences, building a network.', 150),
  ('equity-inclusion', 'Equity, diversity and inclusion work', 'Inclusive services and workplaces, anti-oppressive practice.', 160),
  ('mid-career-growth', 'Mid-career growth', 'Staying curious, new directions, moving up or sideways.', 170);

INSERT INTO "IdentityAttribute" ("id", "label", "description", "sortOrder") VALUES
  ('bipoc', 'Black, Indigenous or a person of colour', NULL, 10),
  ('lgbtq', 'LGBTQ+', NULL, 20),
  ('first-generation', 'First-generation college graduate', NULL, 30),
  ('disabled', 'Disabled or chronically ill', NULL, 40),
  ('neurodivergent', 'Neurodivergent', NULL, 50),
  ('immigrant', 'Immigrant or international', NULL, 60),
  ('caregiver', 'Caregiver', 'Parent or carer of a family member.', 70),
  ('non-mlis', 'Came to the field without an MLIS', NULL, 80),
  ('online-degree', 'Earned my degree online', NULL, 90);
