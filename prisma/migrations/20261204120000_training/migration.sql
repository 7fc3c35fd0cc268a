-- CreateEnum
CREATE TYPE "TraineeTrack" AS ENUM ('developer', 'operator', 'business');

-- CreateEnum
CREATE TYPE "TrainingCompletionStatus" AS ENUM ('done', 'awaiting_sign_off', 'signed_off');

-- CreateTable
CREATE TABLE "training_cohorts" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "lead_id" UUID,
    "calendar_id" TEXT NOT NULL DEFAULT 'cn-workdays',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_cohorts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainees" (
    "id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "track" "TraineeTrack" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-Hans',
    "invited_by" UUID,
    "invited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joined_at" TIMESTAMPTZ(3),
    "removed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "trainees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainee_sign_in_links" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "trainee_sign_in_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainee_sessions" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trainee_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_completions" (
    "trainee_id" UUID NOT NULL,
    "item_id" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "status" "TrainingCompletionStatus" NOT NULL,
    "evidence" JSONB,
    "score" DOUBLE PRECISION,
    "completed_at" TIMESTAMPTZ(3) NOT NULL,
    "signed_off_by" UUID,
    "signed_off_at" TIMESTAMPTZ(3),
    "change_notified_hash" TEXT,

    CONSTRAINT "training_completions_pkey" PRIMARY KEY ("trainee_id","item_id")
);

-- CreateTable
CREATE TABLE "training_quiz_attempts" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "quiz_id" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "correct" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_quiz_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "training_cohorts_lead_id_idx" ON "training_cohorts"("lead_id");

-- CreateIndex
CREATE UNIQUE INDEX "trainees_email_key" ON "trainees"("email");

-- CreateIndex
CREATE INDEX "trainees_cohort_id_idx" ON "trainees"("cohort_id");

-- CreateIndex
CREATE UNIQUE INDEX "trainee_sign_in_links_token_hash_key" ON "trainee_sign_in_links"("token_hash");

-- CreateIndex
CREATE INDEX "trainee_sign_in_links_trainee_id_idx" ON "trainee_sign_in_links"("trainee_id");

-- CreateIndex
CREATE UNIQUE INDEX "trainee_sessions_token_hash_key" ON "trainee_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "trainee_sessions_trainee_id_idx" ON "trainee_sessions"("trainee_id");

-- CreateIndex
CREATE INDEX "training_quiz_attempts_trainee_id_quiz_id_idx" ON "training_quiz_attempts"("trainee_id", "quiz_id");

-- AddForeignKey
ALTER TABLE "training_cohorts" ADD CONSTRAINT "training_cohorts_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_cohorts" ADD CONSTRAINT "training_cohorts_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "sla_calendars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "training_cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainee_sign_in_links" ADD CONSTRAINT "trainee_sign_in_links_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainee_sessions" ADD CONSTRAINT "trainee_sessions_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_signed_off_by_fkey" FOREIGN KEY ("signed_off_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_quiz_attempts" ADD CONSTRAINT "training_quiz_attempts_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE CASCADE;
