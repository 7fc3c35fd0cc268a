-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "context_title" TEXT,
ADD COLUMN     "context_url" TEXT,
ADD COLUMN     "context_version" TEXT;
