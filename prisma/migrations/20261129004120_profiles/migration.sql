-- CreateEnum
CREATE TYPE "CareerStage" AS ENUM ('LIS_STUDENT', 'EARLY_CAREER', 'MID_CAREER', 'SENIOR', 'RETIRED');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ACADEMIC', 'COMMUNITY_COLLEGE', 'PUBLIC', 'SCHOOL', 'SPECIAL', 'ARCHIVES', 'MUSEUM', 'GOVERNMENT', 'VENDOR', 'LIS_EDUCATION', 'OTHER');

-- CreateEnum
CREATE TYPE "PositionType" AS ENUM ('LIBRARIAN', 'STAFF', 'STUDENT', 'OTHER');

-- CreateEnum
CREATE TYPE "FormatLevel" AS ENUM ('PREFERRED', 'FINE', 'NO');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('SEEK', 'OFFER', 'LEARN');

-- CreateEnum
CREATE TYPE "IdentityVisibility" AS ENUM ('PRIVATE', 'MATCHING', 'SHOWN');

-- CreateEnum
CREATE TYPE "AffinityPreference" AS ENUM ('SHARED', 'DIFFERENT', 'NONE');

-- CreateTable
CREATE TABLE "Profile" (
    "userId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "pronouns" TEXT,
    "bio" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
    "careerStage" "CareerStage",
    "sectors" "Sector"[],
    "positionType" "PositionType",
    "institution" TEXT,
    "institutionKey" TEXT,
    "seeksMentorship" BOOLEAN NOT NULL DEFAULT false,
    "offersMentorship" BOOLEAN NOT NULL DEFAULT false,
    "openToPeer" BOOLEAN NOT NULL DEFAULT false,
    "formatVideo" "FormatLevel" NOT NULL DEFAULT 'FINE',
    "formatPhone" "FormatLevel" NOT NULL DEFAULT 'FINE',
    "formatInPerson" "FormatLevel" NOT NULL DEFAULT 'NO',
    "formatEmail" "FormatLevel" NOT NULL DEFAULT 'FINE',
    "formatAsyncChat" "FormatLevel" NOT NULL DEFAULT 'FINE',
    "mentorCapacity" INTEGER NOT NULL DEFAULT 2,
    "acceptingRequests" BOOLEAN NOT NULL DEFAULT true,
    "hoursPerMonth" INTEGER,
    "preferOutsideInstitution" BOOLEAN NOT NULL DEFAULT true,
    "wizardStep" TEXT,
    "onboardedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "GoalArea" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "GoalArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileGoal" (
    "profileId" TEXT NOT NULL,
    "goalAreaId" TEXT NOT NULL,
    "kind" "GoalKind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ProfileGoal_pkey" PRIMARY KEY ("profileId","kind","goalAreaId")
);

-- CreateTable
CREATE TABLE "IdentityAttribute" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "IdentityAttribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileIdentity" (
    "profileId" TEXT NOT NULL,
    "attributeId" TEXT NOT NULL,
    "visibility" "IdentityVisibility" NOT NULL DEFAULT 'PRIVATE',

    CONSTRAINT "ProfileIdentity_pkey" PRIMARY KEY ("profileId","attributeId")
);

-- CreateTable
CREATE TABLE "ProfileAffinity" (
    "profileId" TEXT NOT NULL,
    "attributeId" TEXT NOT NULL,
    "preference" "AffinityPreference" NOT NULL DEFAULT 'NONE',
    "required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProfileAffinity_pkey" PRIMARY KEY ("profileId","attributeId")
);

-- CreateIndex
CREATE INDEX "Profile_offersMentorship_acceptingRequests_idx" ON "Profile"("offersMentorship", "acceptingRequests");

-- CreateIndex
CREATE INDEX "Profile_seeksMentorship_idx" ON "Profile"("seeksMentorship");

-- CreateIndex
CREATE INDEX "Profile_openToPeer_idx" ON "Profile"("openToPeer");

-- CreateIndex
CREATE INDEX "Profile_institutionKey_idx" ON "Profile"("institutionKey");

-- CreateIndex
CREATE INDEX "ProfileGoal_goalAreaId_kind_idx" ON "ProfileGoal"("goalAreaId", "kind");

-- CreateIndex
CREATE INDEX "ProfileIdentity_attributeId_idx" ON "ProfileIdentity"("attributeId");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileGoal" ADD CONSTRAINT "ProfileGoal_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileGoal" ADD CONSTRAINT "ProfileGoal_goalAreaId_fkey" FOREIGN KEY ("goalAreaId") REFERENCES "GoalArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileIdentity" ADD CONSTRAINT "ProfileIdentity_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileIdentity" ADD CONSTRAINT "ProfileIdentity_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "IdentityAttribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAffinity" ADD CONSTRAINT "ProfileAffinity_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAffinity" ADD CONSTRAINT "ProfileAffinity_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "IdentityAttribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
