// Gives a command-line script a database to talk to: DATABASE_URL when set, else a throwaway embedded one.
import { startEmbeddedPostgres } from "./embedded-postgres";

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const db = await startEmbeddedPostgres({ dataDir: "memory://" });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
