-- AlterTable
ALTER TABLE "ReadinessPolicy" ADD COLUMN     "requireTestPlan" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "installedVersion" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ranOnArch" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ranOnOs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rejectAnswer" TEXT,
ADD COLUMN     "rejectAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "rejectAnsweredBy" TEXT;

-- AlterTable
ALTER TABLE "Rollout" ADD COLUMN     "autoAcceptFacts" TEXT,
ADD COLUMN     "autoAcceptNoticeAt" TIMESTAMP(3),
ADD COLUMN     "stalledAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Stack" ADD COLUMN     "autoAccept" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TestPlanItem" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "TestPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportTestedItem" (
    "reportId" TEXT NOT NULL,
    "testPlanItemId" TEXT NOT NULL,

    CONSTRAINT "ReportTestedItem_pkey" PRIMARY KEY ("reportId","testPlanItemId")
);

-- CreateIndex
CREATE INDEX "TestPlanItem_componentId_idx" ON "TestPlanItem"("componentId");

-- AddForeignKey
ALTER TABLE "TestPlanItem" ADD CONSTRAINT "TestPlanItem_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTestedItem" ADD CONSTRAINT "ReportTestedItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTestedItem" ADD CONSTRAINT "ReportTestedItem_testPlanItemId_fkey" FOREIGN KEY ("testPlanItemId") REFERENCES "TestPlanItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TestPlanItem" FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"();
CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportTestedItem" FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"();
