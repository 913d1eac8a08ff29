// npm run db:seed: seeds DATABASE_URL once (countries, the six four-capital links, the article's events).
import { createPrismaClient } from "../lib/prisma-client";
import { seedDatabase } from "../prisma/seed/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm start seeds its embedded database by itself.)");
  process.exit(2);
}
const prisma = createPrismaClient(url);
try {
  const result = await seedDatabase(prisma);
  console.log(result.seeded
    ? `Seeded ${result.countries} countries, ${result.links} links, ${result.events} events.`
    : "Database already has data; nothing seeded.");
} finally {
  await prisma.$disconnect();
}
