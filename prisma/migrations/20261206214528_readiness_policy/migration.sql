-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('BLOCKER', 'MAJOR', 'MINOR', 'INFO');

-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('EMERGENCY', 'REVISION', 'MINOR', 'MAJOR', 'SECURITY');

-- AlterEnum
ALTER TYPE "ParticipationStatus" ADD VALUE 'CLOSED';

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "severity" "FindingSeverity" NOT NULL DEFAULT 'MAJOR';

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "exposureReason" TEXT;

-- AlterTable
ALTER TABLE "Rollout" ADD COLUMN     "acceptedWithOverride" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "overrideById" TEXT,
ADD COLUMN     "readinessPolicyId" TEXT;

-- CreateTable
CREATE TABLE "ReadinessPolicy" (
    "id" TEXT NOT NULL,
    "kind" "PolicyKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "exposureMinDays" INTEGER NOT NULL,
    "exposureDefaultDays" INTEGER NOT NULL,
    "exposureMaxDays" INTEGER NOT NULL,
    "replyWorkingDays" INTEGER NOT NULL,
    "minAcceptReports" INTEGER NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessPolicy_kind_version_key" ON "ReadinessPolicy"("kind", "version");

-- AddForeignKey
ALTER TABLE "Rollout" ADD CONSTRAINT "Rollout_overrideById_fkey" FOREIGN KEY ("overrideById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rollout" ADD CONSTRAINT "Rollout_readinessPolicyId_fkey" FOREIGN KEY ("readinessPolicyId") REFERENCES "ReadinessPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessPolicy" ADD CONSTRAINT "ReadinessPolicy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The document's defaults (section 2.3): exposure 5-7 days, default 7; emergency and security releases
-- shorter (default 2, at least 1 day); replies within 1 working day; at least one ACCEPT report.
INSERT INTO "ReadinessPolicy" ("id", "kind", "version", "exposureMinDays", "exposureDefaultDays", "exposureMaxDays", "replyWorkingDays", "minAcceptReports", "reason") VALUES
  ('policy-emergency-1', 'EMERGENCY', 1, 1, 2, 2, 1, 1, 'Defaults of the staged rollout procedures'),
  ('policy-revision-1', 'REVISION', 1, 5, 7, 7, 1, 1, 'Defaults of the staged rollout procedures'),
  ('policy-minor-1', 'MINOR', 1, 5, 7, 7, 1, 1, 'Defaults of the staged rollout procedures'),
  ('policy-major-1', 'MAJOR', 1, 5, 7, 7, 1, 1, 'Defaults of the staged rollout procedures'),
  ('policy-security-1', 'SECURITY', 1, 1, 2, 2, 1, 1, 'Defaults of the staged rollout procedures');

CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReadinessPolicy" FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"();
