-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "affinitiesAppliedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PendingSignup" (
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingSignup_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "MatchingAffinity" (
    "profileId" TEXT NOT NULL,
    "attributeId" TEXT NOT NULL,
    "preference" "AffinityPreference" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MatchingAffinity_pkey" PRIMARY KEY ("profileId","attributeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingSignup_tokenHash_key" ON "PendingSignup"("tokenHash");

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");

-- AddForeignKey
ALTER TABLE "MatchingAffinity" ADD CONSTRAINT "MatchingAffinity_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingAffinity" ADD CONSTRAINT "MatchingAffinity_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "IdentityAttribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: a password set by an unconfirmed sign-up was never proven by the email's owner, so it
-- must not survive into the new rules (the owner signs up again or signs in by emailed link).
UPDATE "User" SET "passwordHash" = NULL WHERE "emailVerified" IS NULL;

-- Data: "prefer someone who shares this" now needs holding the attribute oneself (and letting
-- matching use it). Preferences that break the rule become "no preference".
UPDATE "ProfileAffinity" AS a SET "preference" = 'NONE', "required" = false
WHERE a."preference" = 'SHARED' AND NOT EXISTS (
  SELECT 1 FROM "ProfileIdentity" AS i
  WHERE i."profileId" = a."profileId" AND i."attributeId" = a."attributeId" AND i."visibility" <> 'PRIVATE'
);

-- Data: matching starts from the preferences people have set today.
INSERT INTO "MatchingAffinity" ("profileId", "attributeId", "preference", "required")
SELECT "profileId", "attributeId", "preference", "required" FROM "ProfileAffinity" WHERE "preference" <> 'NONE';
UPDATE "Profile" SET "affinitiesAppliedAt" = CURRENT_TIMESTAMP
WHERE "userId" IN (SELECT "profileId" FROM "ProfileAffinity");
