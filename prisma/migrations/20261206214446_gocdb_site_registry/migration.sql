-- CreateEnum
CREATE TYPE "GocdbSyncStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED');

-- AlterTable
ALTER TABLE "Component" ADD COLUMN     "gocdbServiceType" TEXT;

-- AlterTable
ALTER TABLE "Ngi" ADD COLUMN     "gocdbName" TEXT,
ADD COLUMN     "gocdbRemovedAt" TIMESTAMP(3),
ADD COLUMN     "gocdbSyncedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "certificationStatus" TEXT,
ADD COLUMN     "country" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "gocdbKey" TEXT,
ADD COLUMN     "gocdbRemovedAt" TIMESTAMP(3),
ADD COLUMN     "gocdbSyncedAt" TIMESTAMP(3),
ADD COLUMN     "productionInfrastructure" TEXT;

-- CreateTable
CREATE TABLE "GocdbServiceEndpoint" (
    "id" TEXT NOT NULL,
    "gocdbKey" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "serviceType" TEXT NOT NULL,
    "hostOs" TEXT NOT NULL DEFAULT '',
    "hostArch" TEXT NOT NULL DEFAULT '',
    "beta" BOOLEAN NOT NULL,
    "inProduction" BOOLEAN NOT NULL,
    "monitored" BOOLEAN NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,
    "betaChangedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GocdbServiceEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GocdbSyncRun" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "status" "GocdbSyncStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "pages" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "marked" INTEGER NOT NULL DEFAULT 0,
    "reminders" INTEGER NOT NULL DEFAULT 0,
    "errors" TEXT[],

    CONSTRAINT "GocdbSyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GocdbServiceEndpoint_gocdbKey_key" ON "GocdbServiceEndpoint"("gocdbKey");

-- CreateIndex
CREATE INDEX "GocdbServiceEndpoint_siteId_serviceType_idx" ON "GocdbServiceEndpoint"("siteId", "serviceType");

-- CreateIndex
CREATE INDEX "GocdbServiceEndpoint_serviceType_beta_idx" ON "GocdbServiceEndpoint"("serviceType", "beta");

-- CreateIndex
CREATE INDEX "GocdbSyncRun_startedAt_idx" ON "GocdbSyncRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ngi_gocdbName_key" ON "Ngi"("gocdbName");

-- CreateIndex
CREATE UNIQUE INDEX "Site_gocdbKey_key" ON "Site"("gocdbKey");

-- AddForeignKey
ALTER TABLE "GocdbServiceEndpoint" ADD CONSTRAINT "GocdbServiceEndpoint_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The page cache learns of changes to the new tables (see migration data_change_notify)
CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "GocdbServiceEndpoint" FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"();
CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "GocdbSyncRun" FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"();
