-- CreateTable
-- UNLOGGED: rate-limit counters skip the WAL (a crash empties the table, which only resets the windows).
-- Prisma's schema language cannot say UNLOGGED; the schema engine's diff does not look at it.
CREATE UNLOGGED TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");
