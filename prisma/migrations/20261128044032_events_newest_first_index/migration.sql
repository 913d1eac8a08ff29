-- CreateIndex
CREATE INDEX "events_newest_first_idx" ON "events"("occurred_on" DESC, "occurred_end", "created_at" DESC);
