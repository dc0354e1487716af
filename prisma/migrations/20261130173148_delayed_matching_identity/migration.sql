-- CreateTable
CREATE TABLE "MatchingIdentity" (
    "profileId" TEXT NOT NULL,
    "attributeId" TEXT NOT NULL,
    "visibility" "IdentityVisibility" NOT NULL,

    CONSTRAINT "MatchingIdentity_pkey" PRIMARY KEY ("profileId","attributeId")
);

-- AddForeignKey
ALTER TABLE "MatchingIdentity" ADD CONSTRAINT "MatchingIdentity_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingIdentity" ADD CONSTRAINT "MatchingIdentity_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "IdentityAttribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: matching starts from the identity answers people have given today (never private ones).
INSERT INTO "MatchingIdentity" ("profileId", "attributeId", "visibility")
SELECT "profileId", "attributeId", "visibility" FROM "ProfileIdentity" WHERE "visibility" <> 'PRIVATE';
