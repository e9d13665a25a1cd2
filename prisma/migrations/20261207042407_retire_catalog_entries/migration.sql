-- AlterTable
ALTER TABLE "Ngi" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Stack" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TechnologyProvider" ADD COLUMN     "retiredAt" TIMESTAMP(3);
