// GET /api/health: 200 { status: "ok" } when the database answers, else 503, for load balancers and start scripts.
import { checkHealth } from "@/lib/server/check-health";

export async function GET() {
  const ok = await checkHealth();
  return ok
    ? Response.json({ status: "ok" })
    : Response.json(
        { status: "unavailable", error: { code: "database_unavailable", message: "The database does not answer." } },
        { status: 503 },
      );
}
