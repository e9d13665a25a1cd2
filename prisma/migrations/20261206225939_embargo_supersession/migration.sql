-- AlterEnum
ALTER TYPE "Outcome" ADD VALUE 'SUPERSEDED';

-- AlterEnum
ALTER TYPE "ReleaseItemState" ADD VALUE 'SUPERSEDED';

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "foundInVersion" TEXT,
ADD COLUMN     "inheritedFromId" TEXT;

-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "embargoLiftReason" TEXT,
ADD COLUMN     "embargoLiftedAt" TIMESTAMP(3),
ADD COLUMN     "embargoedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Rollout" ADD COLUMN     "exposureDays" INTEGER,
ADD COLUMN     "exposureDaysReason" TEXT,
ADD COLUMN     "supersededById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Rollout_supersededById_key" ON "Rollout"("supersededById");

-- AddForeignKey
ALTER TABLE "Rollout" ADD CONSTRAINT "Rollout_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Rollout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
