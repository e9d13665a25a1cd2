-- CreateIndex
CREATE INDEX "Finding_rolloutId_open_idx" ON "Finding"("rolloutId", "open");
